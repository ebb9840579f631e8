namespace Kompetanse.Browser.Tests.Infrastructure;

/// <summary>JavaScript run in the page by the browser tests.</summary>
public static class Scripts
{
    /// <summary>A short, readable description of an element: tag#id.class "text" [href].</summary>
    public const string Describe = """
        (el) => {
          if (!el || el === document.body) return el ? 'body' : '(nothing)';
          let d = el.tagName.toLowerCase();
          if (el.id) d += '#' + el.id;
          if (el.classList.length) d += '.' + [...el.classList].join('.');
          const href = el.getAttribute('href');
          if (href) d += ' [href=' + href + ']';
          const text = (el.innerText || el.value || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim();
          if (text) d += ' "' + (text.length > 60 ? text.slice(0, 60) + '…' : text) + '"';
          return d;
        }
        """;

    /// <summary>
    /// Stores every element a keyboard user should reach with Tab in window.__kbTargets and returns their
    /// descriptions: links, buttons, form fields, summary, iframes and [tabindex] ≥ 0, less the disabled,
    /// the inert, the unrendered (display:none, visibility:hidden) and tabindex="-1". Radio buttons count
    /// once per group (Tab reaches one radio in a group).
    /// </summary>
    public const string CollectTabTargets = "() => {" +
        "const describe = " + Describe + ";" +
        """
          const selector = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, [tabindex], [contenteditable=""], [contenteditable=true]';
          const seenRadioGroups = new Set();
          const targets = [...document.querySelectorAll(selector)].filter(el => {
            if (el.matches(':disabled')) return false;
            if (el.hasAttribute('tabindex') && el.tabIndex < 0) return false;
            if (el.closest('[inert]')) return false;
            if (!el.checkVisibility({ visibilityProperty: true })) return false;
            if (el.matches('input[type=radio][name]')) {
              const key = (el.form ? 'f' : 'd') + el.name;
              if (seenRadioGroups.has(key)) return false;
              seenRadioGroups.add(key);
            }
            return true;
          });
          window.__kbTargets = targets;
          return targets.map(describe);
        }
        """;

    /// <summary>
    /// A function expression: what has focus now. Its index in window.__kbTargets (a radio counts as its
    /// group's first), whether it is the body, its description, and whether its focus is visible (outline
    /// or box-shadow).
    /// </summary>
    private const string FocusState = "() => {" +
        "const describe = " + Describe + ";" +
        """
          const el = document.activeElement;
          const targets = window.__kbTargets || [];
          let index = targets.indexOf(el);
          if (index < 0 && el && el.matches && el.matches('input[type=radio][name]'))
            index = targets.findIndex(t => t.matches('input[type=radio][name]') && t.name === el.name && t.form === el.form);
          const style = el ? getComputedStyle(el) : null;
          const outline = style ? style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 : false;
          const shadow = style ? style.boxShadow !== 'none' && style.boxShadow !== '' : false;
          return {
            index,
            isBody: !el || el === document.body || el === document.documentElement,
            description: describe(el),
            focusVisible: outline || shadow,
            outline: style ? style.outlineStyle + ' ' + style.outlineWidth + ' ' + style.outlineColor : '',
            boxShadow: style ? style.boxShadow : '',
            tag: el ? el.tagName.toLowerCase() : '',
            // Focus on a browser-internal part of a native control (e.g. a date input's calendar button):
            // the control is activeElement and matches :focus-within, but not :focus or :focus-visible.
            innerFocus: !!el && el !== document.body && !el.matches(':focus') && el.matches(':focus-within'),
          };
        }
        """;

    /// <summary>What has focus now (see <see cref="FocusState"/>).</summary>
    public const string ActiveElement = "() => (" + FocusState + ")()";

    /// <summary>
    /// Records the focus state after every Tab key press into window.__kbLog: the keyup of a Tab is delivered
    /// once focus has moved, so the page notes each stop itself and the test reads them in one go.
    /// </summary>
    public const string InstallTabRecorder = "() => {" +
        "const focusState = " + FocusState + ";" +
        """
          window.__kbLog = [];
          document.addEventListener('keyup', e => { if (e.key === 'Tab') window.__kbLog.push(focusState()); }, true);
        }
        """;

    /// <summary>Takes the recorded focus states out of window.__kbLog.</summary>
    public const string TakeTabLog = "() => window.__kbLog.splice(0)";
}
