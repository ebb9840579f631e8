// A date field for the editor at /admin/ ('dato' in config.yml): the browser's own date input, storing
// 'YYYY-MM-DD' as the build reads it. Decap's datetime widget sets the input's value on every render, so a
// date typed key by key (20.11.2026) was scrambled while it was typed (saved as 1906-02-01). This input is left
// to the browser while it is typed in: the value is passed on only once it is a whole date (a year of four
// digits), and when it is emptied. A file, not an inline script, for the /admin/ policy.
(function (CMS, h, createClass) {
  'use strict';
  if (!CMS || !h || !createClass) return;

  function wholeDate(value) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value || '');
    return !!m && Number(m[1]) >= 1000;
  }

  var DateControl = createClass({
    handleChange: function (event) {
      var input = event.target;
      if (wholeDate(input.value)) this.props.onChange(input.value);
      else if (input.value === '' && !input.validity.badInput) this.props.onChange('');
    },
    render: function () {
      var value = this.props.value;
      return h('input', {
        type: 'date',
        id: this.props.forID,
        className: this.props.classNameWrapper,
        // Uncontrolled: React never writes the value back while the editor types.
        defaultValue: typeof value === 'string' ? value : '',
        onChange: this.handleChange,
        onFocus: this.props.setActiveStyle,
        onBlur: this.props.setInactiveStyle,
      });
    },
  });

  var DatePreview = function (props) {
    return h('span', null, typeof props.value === 'string' ? props.value : '');
  };

  CMS.registerWidget('dato', DateControl, DatePreview);
})(window.CMS, window.h, window.createClass);
