"""Where the views have always found :class:`Registraties` (it lives in the controllers now)."""

from klantbeeld.controllers.registraties import Registraties as Registraties

__all__ = ["Registraties"]
