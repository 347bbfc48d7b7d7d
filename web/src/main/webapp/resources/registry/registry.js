/*
 * The behaviour every screen shares, kept out of the pages (no inline scripts):
 * - the menu button that opens and closes the main menu on narrow screens;
 * - focus after an Ajax update that took it away (an update of the form replaces the button that was pressed, which
 *   would leave the focus nowhere): the first field in error, otherwise the element that had it before the update;
 * - the native file input shown to assistive technology (PrimeFaces marks it aria-hidden);
 * - focus on load: the first field in error, else the field a page marks with data-registry-focus="true".
 */
(function () {
    "use strict";

    function setMenuOpen(toggle, open) {
        toggle.setAttribute("aria-expanded", open ? "true" : "false");
        document.body.classList.toggle("registry-menu-open", open);
    }

    function initMenuToggle() {
        var toggle = document.getElementById("menuToggle");
        if (!toggle) {
            return;
        }
        toggle.addEventListener("click", function () {
            var open = toggle.getAttribute("aria-expanded") !== "true";
            setMenuOpen(toggle, open);
            if (open) {
                var first = document.querySelector("#mainMenu a, #mainMenu [tabindex]");
                if (first) {
                    first.focus();
                }
            }
        });
        document.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
                setMenuOpen(toggle, false);
                toggle.focus();
            }
        });
    }

    function focusable(element) {
        if (!element) {
            return null;
        }
        if (element.matches("input:not([type=hidden]), textarea, select, button")) {
            return element;
        }
        return element.querySelector("input:not([type=hidden]):not([aria-hidden=true]), textarea,"
            + " [tabindex='0']");
    }

    /* The first field marked invalid, or the first field of a .registry-field box that shows an error (p:message). */
    function firstInvalidField(root) {
        var invalid = root.querySelector("input.ui-state-error:not([type=hidden]), textarea.ui-state-error,"
            + " .ui-state-error input:not([type=hidden]), select.ui-state-error, [aria-invalid=true]");
        if (invalid) {
            return invalid;
        }
        var messages = root.querySelectorAll(".registry-field .ui-message-error");
        for (var i = 0; i < messages.length; i++) {
            var field = focusable(messages[i].closest(".registry-field"));
            if (field) {
                return field;
            }
        }
        return null;
    }

    function initAjaxFocus() {
        if (!window.jQuery) {
            return;
        }
        var focusedId = null;
        window.jQuery(document).on("pfAjaxSend", function () {
            var active = document.activeElement;
            focusedId = active && active.id ? active.id : null;
        });
        window.jQuery(document).on("pfAjaxComplete", function () {
            // only when the update took the focus away (it replaced the button pressed): an update of a part of the
            // page (the interpretation of the dates as they are typed) leaves the user in the field they are typing in
            var active = document.activeElement;
            if (active && active !== document.body && document.contains(active)) {
                return;
            }
            var invalid = firstInvalidField(document);
            if (invalid) {
                invalid.focus();
                return;
            }
            var again = focusedId ? document.getElementById(focusedId) : null;
            if (again) {
                again.focus();
            }
        });
    }

    /* On load: the first field in error, else the field a page marks with data-registry-focus="true". */
    function initFocus() {
        var field = firstInvalidField(document) || document.querySelector("[data-registry-focus=true]");
        if (field) {
            field.focus();
        }
    }

    /* PrimeFaces marks the native file input of a simple, unskinned upload aria-hidden, though it is the control. */
    function exposeNativeFileInputs() {
        document.querySelectorAll("input[type=file][aria-hidden=true]").forEach(function (input) {
            if (!input.closest(".ui-fileupload-simple")) {
                input.removeAttribute("aria-hidden");
            }
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        exposeNativeFileInputs();
        initMenuToggle();
        initAjaxFocus();
        initFocus();
    });
}());
