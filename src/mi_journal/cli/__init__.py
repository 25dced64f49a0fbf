"""The command line: parses arguments, calls domain functions, renders results."""
