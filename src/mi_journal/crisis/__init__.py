"""Crisis wording, noticed wherever the person writes: the detector (`detect`), its
word lists (`words`) and its statistical part (`model`, weights in `weights.json`).
"""
