/* Portal Pemprov Kaltim: the only script. Everything works without it; it only improves:
   1. Video facade: a link to the video on YouTube/Vimeo becomes the embedded player on click,
      so no request reaches the provider before the citizen asks for the video.
   2. Photo viewer: the CSS :target slides (#foto-N) become a modal dialog: focus stays inside,
      Esc closes, the arrow keys move, focus returns to the thumbnail.
   3. Share: a "copy link" button, shown only where the Clipboard API exists.
   4. Search suggestions: a search box with data-saran-url offers the titles of pages that
      complete what is typed (kal → Kalimantan), in a native <datalist>; choosing one opens
      that page. */
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
      /* the fragment changes at once but hashchange comes later: follow it now, so a key
         pressed in between moves from the photo on screen */
      sinkron(arah === "tutup");
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

  /* 4. Search suggestions */
  var JEDA_SARAN_MS = 200;

  function pasangSaran(isian) {
    var daftar = document.createElement("datalist");
    var tautan = {};
    var tunda = null;
    var terakhir = "";
    daftar.id = isian.id + "-saran";
    isian.parentNode.appendChild(daftar);
    isian.setAttribute("list", daftar.id);

    function muat() {
      var kueri = isian.value.trim();
      if (kueri.length < 2 || kueri === terakhir) {
        return;
      }
      terakhir = kueri;
      fetch(isian.getAttribute("data-saran-url") + "?q=" + encodeURIComponent(kueri), {
        headers: { Accept: "application/json" }
      })
        .then(function (r) {
          return r.ok ? r.json() : { saran: [] };
        })
        .then(function (data) {
          if (isian.value.trim() !== kueri) {
            return; /* the citizen typed on meanwhile */
          }
          tautan = {};
          daftar.textContent = "";
          data.saran.forEach(function (s) {
            var opsi = document.createElement("option");
            opsi.value = s.judul;
            tautan[s.judul] = s.url;
            daftar.appendChild(opsi);
          });
        })
        .catch(function () {
          terakhir = ""; /* offline or failed: the box stays a plain search */
        });
    }

    isian.addEventListener("input", function (e) {
      /* a suggestion chosen from the list arrives as a replacement of the whole text */
      if (e.inputType === "insertReplacementText" || e.inputType === undefined) {
        var url = tautan[isian.value];
        if (url && /^(https?:)?\//.test(url)) {
          location.href = url;
          return;
        }
      }
      clearTimeout(tunda);
      tunda = setTimeout(muat, JEDA_SARAN_MS);
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("input[data-saran-url]"), pasangSaran);

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
    var buka = e.target.closest(".galeri-foto__tautan");
    if (buka && !terbuka) {
      /* open at once, as pindah() does: hashchange comes later, and the dialog's role and
         focus should be there when the slide appears */
      e.preventDefault();
      location.hash = buka.getAttribute("href");
      sinkron(false);
      return;
    }
    var salin = e.target.closest("[data-salin]");
    if (salin) {
      navigator.clipboard.writeText(salin.getAttribute("data-salin")).then(function () {
        salin.textContent = salin.getAttribute("data-tersalin") || salin.textContent;
      });
    }
  });
})();
