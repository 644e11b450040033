"""sudgoals: read the quantitative targets in political goal papers and check that their numbers hold.

The public API is re-exported here and listed in ``__all__``; everything else is private. Importing this
package loads neither pint nor any optional reader library.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
