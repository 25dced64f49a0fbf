"""The person's own goals: adding and editing them (`editing`) and reviewing them
(`review`).
"""
