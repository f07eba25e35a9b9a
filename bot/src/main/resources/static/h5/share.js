// Sets the share card of a job page inside WeChat (JS-SDK 1.6): title, one line with the wage, logo.
(function () {
  var el = document.getElementById('lw-share');
  if (!el || typeof wx === 'undefined') { return; }
  var d = el.dataset;
  wx.config({ debug: false, appId: d.appId, timestamp: +d.timestamp, nonceStr: d.nonce, signature: d.signature,
    jsApiList: ['updateAppMessageShareData', 'updateTimelineShareData'] });
  wx.ready(function () {
    var card = { title: d.title, desc: d.desc, link: d.link, imgUrl: d.img };
    wx.updateAppMessageShareData(card);
    wx.updateTimelineShareData({ title: d.title + ' ' + d.desc, link: d.link, imgUrl: d.img });
  });
})();
