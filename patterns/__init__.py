"""Orchestration patterns over any Worker, local or remote, and the ranking they share."""
