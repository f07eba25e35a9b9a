// WeChat's JS-SDK configured for the subscribe button (wx-open-subscribe) on the job-notice page.
(function () {
  var el = document.getElementById('wx');
  if (!el || typeof wx === 'undefined') {
    return;
  }
  wx.config({
    debug: false,
    appId: el.dataset.appId,
    timestamp: Number(el.dataset.timestamp),
    nonceStr: el.dataset.nonce,
    signature: el.dataset.signature,
    jsApiList: [],
    openTagList: ['wx-open-subscribe']
  });
  var button = document.getElementById('subscribe');
  if (button) {
    button.addEventListener('success', function () {
      document.getElementById('subscribed').hidden = false;
    });
  }
})();
