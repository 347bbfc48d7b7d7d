// A page restored by the back button must not keep the import's progress indicator open.
window.addEventListener('pageshow', function () {
    if (window.PF && PF('importProgress')) {
        PF('importProgress').hide();
    }
});
