// <ledger-chart>: a thin custom element around Apache ECharts (loaded from its WebJar).
// The server sets the "option" property to an ECharts option as JSON; a click on a point
// dispatches "chart-click" with the point's id. Tooltips show the server-escaped "tip" of a point.
(function () {
  if (customElements.get('ledger-chart')) {
    return;
  }

  function countPoints(option) {
    return (option.series || []).reduce((n, s) => n + ((s.data || []).length), 0);
  }

  function tooltip(params) {
    const items = Array.isArray(params) ? params : [params];
    return items.map(p => (p.data && p.data.tip) ? p.data.tip : (p.seriesName + ': ' + p.value)).join('<br>');
  }

  class LedgerChart extends HTMLElement {
    connectedCallback() {
      // A property set before this element was upgraded shadows the setter: take it over.
      if (Object.prototype.hasOwnProperty.call(this, 'option')) {
        const value = this.option;
        delete this.option;
        this.option = value;
      }
      if (!this.style.display) {
        this.style.display = 'block';
      }
      const start = () => {
        if (!window.echarts) {
          setTimeout(start, 30);
          return;
        }
        if (this._chart || !this.isConnected) {
          return;
        }
        this._chart = window.echarts.init(this);
        this._chart.on('click', p => this.dispatchEvent(new CustomEvent('chart-click', {
          detail: { id: (p.data && p.data.id) ? p.data.id : '', series: p.seriesName || '' }
        })));
        this._resize = new ResizeObserver(() => this._chart && this._chart.resize());
        this._resize.observe(this);
        this._apply();
      };
      start();
    }

    disconnectedCallback() {
      if (this._resize) {
        this._resize.disconnect();
      }
      if (this._chart) {
        this._chart.dispose();
        this._chart = null;
      }
    }

    set option(json) {
      this._option = json;
      this._apply();
    }

    get option() {
      return this._option;
    }

    _apply() {
      if (!this._chart || !this._option) {
        return;
      }
      const option = JSON.parse(this._option);
      if (option.tooltip && option.tooltip.useTip) {
        option.tooltip.formatter = tooltip;
      }
      this._chart.setOption(option, true);
      this.setAttribute('data-points', String(countPoints(option)));
    }
  }

  customElements.define('ledger-chart', LedgerChart);
})();
