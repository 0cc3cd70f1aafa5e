"""The story as data: flags in order, chapters, dialogue, cutscenes and conditions."""
