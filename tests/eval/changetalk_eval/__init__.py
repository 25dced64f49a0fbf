"""Measuring the change-talk tagger on real, expert-labelled MI talk (AnnoMI)."""
