// office-addin-mock needs only this enum; the real package is ESM-only and jest cannot load it.
exports.OfficeApp = { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' };
