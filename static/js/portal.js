/* Portal Pemprov Kaltim: the only script. Everything works without it; it only improves:
   1. Video facade: a link to the video on YouTube/Vimeo becomes the embedded player on click,
      so no request reaches the provider before the citizen asks for the video.
   2. Photo viewer: the CSS :target slides (#foto-N) become a modal dialog: focus stays inside,
      Esc closes, the arrow keys move, focus returns to the thumbnail.
   3. Share: a "copy link" button, shown only where the Clipboard API exists. */
(function () {
  "use strict";
  var IZIN = /^https:\/\/(www\.youtube-nocookie\.com\/embed\/|player\.vimeo\.com\/video\/)/;
  var akar = document.documentElement;

  function klikBiasa(e) {
    return !(e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey);
  }

  /* 1. Video facade */
  function putarVideo(tautan) {
    var src = tautan.getAttribute("data-embed");
    if (!src || !IZIN.test(src)) {
      return false;
    }
    var iframe = document.createElement("iframe");
    iframe.className = "video__iframe";
    iframe.src = src;
    iframe.title = tautan.getAttribute("data-judul") || "Video";
    iframe.allow = "autoplay; encrypted-media; fullscreen; picture-in-picture";
    iframe.setAttribute("allowfullscreen", "");
    iframe.referrerPolicy = "strict-origin-when-cross-origin";
    tautan.parentNode.replaceChild(iframe, tautan);
    iframe.focus();
    return true;
  }

  /* 2. Photo viewer */
  var terbuka = null;

  function slideDariHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id ? document.getElementById(id) : null;
    return el && el.classList.contains("penampil__slide") ? el : null;
  }

  function gambarUntuk(slide) {
    return document.getElementById(slide.id.replace(/^foto-/, "gambar-"));
  }

  function sinkron(kembalikanFokus) {
    var slide = slideDariHash();
    if (terbuka && terbuka !== slide) {
      terbuka.removeAttribute("role");
      terbuka.removeAttribute("aria-modal");
      terbuka.classList.remove("penampil__slide--terbuka");
    }
    if (slide) {
      slide.setAttribute("role", "dialog");
      slide.setAttribute("aria-modal", "true");
      slide.classList.add("penampil__slide--terbuka");
      akar.classList.add("penampil-terbuka");
      slide.focus();
    } else {
      akar.classList.remove("penampil-terbuka");
      if (terbuka && kembalikanFokus) {
        var gambar = gambarUntuk(terbuka);
        if (gambar) {
          gambar.focus();
        }
      }
    }
    terbuka = slide;
  }

  function pindah(slide, arah) {
    var tautan = slide.querySelector('[data-arah="' + arah + '"]');
    if (tautan) {
      /* replace, not push: moving through photos should not fill the history */
      location.replace(tautan.getAttribute("href"));
    }
  }

  function yangDapatDifokus(slide) {
    return Array.prototype.filter.call(slide.querySelectorAll("a[href], button:not([disabled])"), function (el) {
      return el.offsetParent !== null;
    });
  }

  if (document.querySelector("[data-penampil]")) {
    window.addEventListener("hashchange", function () {
      sinkron(true);
    });
    sinkron(false);

    document.addEventListener("keydown", function (e) {
      if (!terbuka) {
        return;
      }
      if (e.key === "Escape") {
        e.preventDefault();
        pindah(terbuka, "tutup");
      } else if (e.key === "ArrowLeft") {
        e.preventDefault();
        pindah(terbuka, "sebelumnya");
      } else if (e.key === "ArrowRight") {
        e.preventDefault();
        pindah(terbuka, "berikutnya");
      } else if (e.key === "Tab") {
        var daftar = yangDapatDifokus(terbuka);
        if (!daftar.length) {
          return;
        }
        var pertama = daftar[0];
        var terakhir = daftar[daftar.length - 1];
        if (e.shiftKey && (document.activeElement === pertama || document.activeElement === terbuka)) {
          e.preventDefault();
          terakhir.focus();
        } else if (!e.shiftKey && document.activeElement === terakhir) {
          e.preventDefault();
          pertama.focus();
        }
      }
    });
  }

  /* 3. Copy link */
  if (navigator.clipboard && window.isSecureContext) {
    Array.prototype.forEach.call(document.querySelectorAll("[data-salin]"), function (tombol) {
      tombol.hidden = false;
    });
  }

  document.addEventListener("click", function (e) {
    if (!klikBiasa(e) || !e.target.closest) {
      return;
    }
    var video = e.target.closest("a[data-embed]");
    if (video) {
      if (putarVideo(video)) {
        e.preventDefault();
      }
      return;
    }
    if (terbuka) {
      var arah = e.target.closest("[data-arah]");
      if (arah && arah.getAttribute("data-arah") !== "") {
        e.preventDefault();
        pindah(terbuka, arah.getAttribute("data-arah"));
        return;
      }
      if (e.target === terbuka) {
        /* a click on the dark backdrop closes the viewer */
        pindah(terbuka, "tutup");
        return;
      }
    }
    var salin = e.target.closest("[data-salin]");
    if (salin) {
      navigator.clipboard.writeText(salin.getAttribute("data-salin")).then(function () {
        salin.textContent = salin.getAttribute("data-tersalin") || salin.textContent;
      });
    }
  });
})();
