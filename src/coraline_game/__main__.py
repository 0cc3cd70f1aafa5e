from coraline_game.cli import main

raise SystemExit(main())
