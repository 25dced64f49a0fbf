"""mi-journal: a self-guided Motivational Interviewing journal for the terminal."""

__version__ = "0.1.0"
