"""Systems: one behaviour each, run once per fixed tick. None of them draws."""
