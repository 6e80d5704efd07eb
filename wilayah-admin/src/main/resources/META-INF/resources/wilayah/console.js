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
