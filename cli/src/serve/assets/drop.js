// ogi serve: drop a file on the form to check it. The form works without this script.
(function () {
  "use strict";
  var form = document.querySelector("form.serve-form");
  if (!form) { return; }
  var zone = form.querySelector(".serve-drop");
  var input = form.querySelector("input[type=file]");
  var status = form.querySelector(".serve-status");
  var button = form.querySelector("button[type=submit]");
  if (!zone || !input || typeof DataTransfer === "undefined") { return; }

  function checking(name) {
    if (status) { status.textContent = "正在核对 " + name + " … Checking …"; }
    if (button) { button.disabled = true; }
  }
  function over(event) {
    event.preventDefault();
    zone.classList.add("serve-drop-over");
  }
  function away() { zone.classList.remove("serve-drop-over"); }

  zone.addEventListener("dragenter", over);
  zone.addEventListener("dragover", over);
  zone.addEventListener("dragleave", away);
  zone.addEventListener("dragend", away);
  zone.addEventListener("drop", function (event) {
    event.preventDefault();
    away();
    var files = event.dataTransfer && event.dataTransfer.files;
    if (!files || files.length === 0) { return; }
    // One report per check: the first file dropped.
    var one = new DataTransfer();
    one.items.add(files[0]);
    input.files = one.files;
    if (typeof form.requestSubmit === "function") {
      form.requestSubmit();
    } else {
      checking(files[0].name);
      form.submit();
    }
  });
  form.addEventListener("submit", function () {
    checking(input.files && input.files[0] ? input.files[0].name : "");
  });
  // Back from the result page: the form is usable again.
  window.addEventListener("pageshow", function () {
    if (button) { button.disabled = false; }
    if (status) { status.textContent = ""; }
  });
}());
