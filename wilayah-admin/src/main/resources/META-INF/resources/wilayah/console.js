// Copies the text of the element with the given id; falls back to selecting it where the clipboard API is missing.
function wilayahCopy(id, button) {
    var text = document.getElementById(id).textContent;
    var done = function () { button.textContent = 'Copied'; };
    if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(done);
    } else {
        var range = document.createRange();
        range.selectNodeContents(document.getElementById(id));
        window.getSelection().removeAllRanges();
        window.getSelection().addRange(range);
        document.execCommand('copy');
        done();
    }
}

// Copies the codes of a crosswalk row to review into the form that links by hand.
function wilayahUseLink(button) {
    document.getElementById('link:from').value = button.getAttribute('data-from');
    document.getElementById('link:to').value = button.getAttribute('data-to') || '';
    document.getElementById('link:to').focus();
}
