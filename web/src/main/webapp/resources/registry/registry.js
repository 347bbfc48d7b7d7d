/*
 * The behaviour every screen shares, kept out of the pages (no inline scripts):
 * - the menu button that opens and closes the main menu on narrow screens;
 * - focus after an Ajax update: the first field in error, otherwise the element that had it before the update
 *   (an update of the form replaces the button that was pressed, which would leave the focus nowhere);
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
        return element.querySelector("input:not([type=hidden]), textarea, select, [tabindex='0']");
    }

    /* The first field marked invalid, or the first field a message of an error is attached to (p:message). */
    function firstInvalidField(root) {
        var invalid = root.querySelector("input.ui-state-error:not([type=hidden]), textarea.ui-state-error,"
            + " .ui-state-error input:not([type=hidden]), select.ui-state-error, [aria-invalid=true]");
        if (invalid) {
            return invalid;
        }
        var messages = root.querySelectorAll(".ui-message-error[data-target]");
        for (var i = 0; i < messages.length; i++) {
            var field = focusable(document.getElementById(messages[i].getAttribute("data-target")));
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
            var invalid = firstInvalidField(document);
            if (invalid) {
                invalid.focus();
                return;
            }
            var active = document.activeElement;
            if (focusedId && (!active || active === document.body)) {
                var again = document.getElementById(focusedId);
                if (again) {
                    again.focus();
                }
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

    document.addEventListener("DOMContentLoaded", function () {
        initMenuToggle();
        initAjaxFocus();
        initFocus();
    });
}());
