"""textrepair: find and undo word-substitution (article spinner) damage in English text."""

from ._version import __version__
from .api import Repairer, detect, fix_text, repair
from .config import Config
from .edits import apply_edits
from .lexicon import LexiconError
from .types import Detection, Edit, Repair

__all__ = [
    "Config",
    "Detection",
    "Edit",
    "LexiconError",
    "Repair",
    "Repairer",
    "__version__",
    "apply_edits",
    "detect",
    "fix_text",
    "repair",
]
