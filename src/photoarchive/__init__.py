"""photoarchive: a desktop archive for news photos and their captions."""

__version__ = "0.1.0"
