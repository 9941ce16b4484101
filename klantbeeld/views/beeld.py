"""Where widgets have always found the klantbeeld model: it lives in views/models/beeld.py now."""

from __future__ import annotations

from klantbeeld.views.models.beeld import KLAAR_STATUSSEN, BeeldModel, DeelStatus

__all__ = ["KLAAR_STATUSSEN", "BeeldModel", "DeelStatus"]
