"""The panels of the klantbeeld: header, signalen, zaken, tijdlijn, betalingen, vragen."""
