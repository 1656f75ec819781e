/* Portal Pemprov Kaltim: the only script. Everything works without it.
   Video facade: a link to the video on YouTube/Vimeo becomes the embedded player on click,
   so no request reaches the provider before the citizen asks for the video. */
(function () {
  "use strict";
  var IZIN = /^https:\/\/(www\.youtube-nocookie\.com\/embed\/|player\.vimeo\.com\/video\/)/;

  document.addEventListener("click", function (e) {
    if (e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) {
      return;
    }
    var tautan = e.target.closest ? e.target.closest("a[data-embed]") : null;
    var src = tautan && tautan.getAttribute("data-embed");
    if (!src || !IZIN.test(src)) {
      return;
    }
    e.preventDefault();
    var iframe = document.createElement("iframe");
    iframe.className = "video__iframe";
    iframe.src = src;
    iframe.title = tautan.getAttribute("data-judul") || "Video";
    iframe.allow = "autoplay; encrypted-media; fullscreen; picture-in-picture";
    iframe.setAttribute("allowfullscreen", "");
    iframe.referrerPolicy = "strict-origin-when-cross-origin";
    tautan.parentNode.replaceChild(iframe, tautan);
    iframe.focus();
  });
})();
