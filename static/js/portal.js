/* Portal Pemprov Kaltim: the only script. Everything works without it; it only improves:
   1. Video facade: a link to the video on YouTube/Vimeo becomes the embedded player on click,
      so no request reaches the provider before the citizen asks for the video.
   2. Photo viewer: the CSS :target slides (#foto-N) become a modal dialog: focus stays inside,
      Esc closes, the arrow keys move, focus returns to the thumbnail.
   3. Share: a "copy link" button, shown only where the Clipboard API exists.
   4. Search suggestions: a search box with data-saran-url becomes a combobox (WAI-ARIA 1.2,
      list autocomplete with a listbox popup) offering the titles of pages that complete what
      is typed (kal → Kalimantan); choosing one opens that page. */
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

  /* 4. Search suggestions. The popup and the live region come with the page
     (components/saran_pencarian.html); here the box gets its combobox roles, so without this
     script it stays a plain search field whose form submits as always. Focus never leaves
     the box: aria-activedescendant points at the option the arrows reached. */
  var JEDA_SARAN_MS = 250;
  var HURUF_MINIMUM_SARAN = 2;

  function urlSitusIni(url) {
    try {
      return new URL(url, location.href).origin === location.origin;
    } catch (galat) {
      return false;
    }
  }

  function pasangSaran(isian) {
    var daftar = document.getElementById(isian.id + "-saran");
    var pengumuman = document.getElementById(isian.id + "-saran-status");
    if (!daftar || !pengumuman || !window.fetch || !window.AbortController) {
      return;
    }
    var opsi = [];
    var aktif = -1;
    var tunda = null;
    var permintaan = null;
    var kueriDaftar = "";

    isian.setAttribute("role", "combobox");
    isian.setAttribute("aria-autocomplete", "list");
    isian.setAttribute("aria-expanded", "false");
    isian.setAttribute("aria-controls", daftar.id);

    function tandai(i) {
      if (opsi[aktif]) {
        opsi[aktif].el.removeAttribute("aria-selected");
      }
      aktif = i;
      if (opsi[i]) {
        opsi[i].el.setAttribute("aria-selected", "true");
        isian.setAttribute("aria-activedescendant", opsi[i].el.id);
        opsi[i].el.scrollIntoView({ block: "nearest" });
      } else {
        isian.removeAttribute("aria-activedescendant");
      }
    }

    function buka() {
      daftar.hidden = false;
      isian.setAttribute("aria-expanded", "true");
    }

    function tutup() {
      tandai(-1);
      daftar.hidden = true;
      isian.setAttribute("aria-expanded", "false");
    }

    function batalkanPermintaan() {
      if (permintaan) {
        permintaan.abort();
        permintaan = null;
      }
    }

    function kosongkan() {
      batalkanPermintaan();
      tutup();
      opsi = [];
      kueriDaftar = "";
      daftar.textContent = "";
      pengumuman.textContent = "";
    }

    function umumkan(jumlah) {
      var data = pengumuman.dataset;
      pengumuman.textContent =
        jumlah === 0 ? data.nol : jumlah === 1 ? data.satu : data.banyak.replace("{jumlah}", jumlah);
    }

    function tampilkan(kueri, saran) {
      tutup();
      kueriDaftar = kueri;
      daftar.textContent = "";
      opsi = saran
        .filter(function (s) {
          return urlSitusIni(s.url);
        })
        .map(function (s, i) {
          var el = document.createElement("li");
          el.id = daftar.id + "-" + i;
          el.className = "saran__opsi";
          el.setAttribute("role", "option");
          el.textContent = s.judul;
          daftar.appendChild(el);
          return { el: el, url: s.url };
        });
      umumkan(opsi.length);
      /* the answer may come after the citizen left the box: nothing pops up under other content */
      if (opsi.length && document.activeElement === isian) {
        buka();
      }
    }

    function muat() {
      var kueri = isian.value.trim();
      if (kueri === kueriDaftar) {
        if (opsi.length) {
          buka();
        }
        return;
      }
      var pengendali = new AbortController();
      permintaan = pengendali;
      fetch(isian.getAttribute("data-saran-url") + "?q=" + encodeURIComponent(kueri), {
        headers: { Accept: "application/json" },
        signal: pengendali.signal
      })
        .then(function (r) {
          return r.ok ? r.json() : { saran: [] };
        })
        .then(function (data) {
          /* an answer already read when its request was cancelled is stale all the same */
          if (pengendali.signal.aborted) {
            return;
          }
          permintaan = null;
          tampilkan(kueri, data.saran || []);
        })
        .catch(function () {
          /* cancelled, offline or failed: the box stays a plain search */
        });
    }

    function pilih(i) {
      isian.value = opsi[i].el.textContent;
      var url = opsi[i].url;
      tutup();
      location.href = url;
    }

    isian.addEventListener("input", function () {
      clearTimeout(tunda);
      /* what is on its way answers text no longer in the box */
      batalkanPermintaan();
      if (isian.value.trim().length < HURUF_MINIMUM_SARAN) {
        kosongkan();
        return;
      }
      tunda = setTimeout(muat, JEDA_SARAN_MS);
    });

    isian.addEventListener("keydown", function (e) {
      if (e.isComposing || e.altKey || e.ctrlKey || e.metaKey) {
        return;
      }
      var terbuka = !daftar.hidden;
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        if (!opsi.length) {
          return;
        }
        e.preventDefault();
        var turun = e.key === "ArrowDown";
        if (!terbuka) {
          buka();
          tandai(turun ? 0 : opsi.length - 1);
        } else if (aktif < 0) {
          tandai(turun ? 0 : opsi.length - 1);
        } else {
          tandai((aktif + (turun ? 1 : -1) + opsi.length) % opsi.length);
        }
      } else if (e.key === "Enter") {
        if (terbuka && aktif >= 0) {
          e.preventDefault();
          pilih(aktif);
        } else {
          /* a plain search of the text typed: the form submits */
          clearTimeout(tunda);
          tutup();
        }
      } else if (e.key === "Escape" && terbuka) {
        /* closes the list only; a second Escape clears the box, as a search field does */
        e.preventDefault();
        tutup();
      }
    });

    isian.addEventListener("blur", tutup);

    /* a press on the list would take focus from the box and close it before the click */
    daftar.addEventListener("mousedown", function (e) {
      e.preventDefault();
    });
    daftar.addEventListener("click", function (e) {
      var el = e.target.closest('[role="option"]');
      var i = opsi.findIndex(function (o) {
        return o.el === el;
      });
      if (i >= 0) {
        pilih(i);
      }
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
