"""``python -m sudgoals``: the same as the ``sudgoals`` command."""

from sudgoals.cli import main

if __name__ == "__main__":
    main()
