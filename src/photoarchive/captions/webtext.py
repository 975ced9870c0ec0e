"""What pages copied from the web and e-paper carry besides the feature: not body, not captions.

Navigation, share buttons, source and editor lines, page numbers, image
placeholders, "pagebreak" and left-over HTML are recognised here so that the
classifier can set them aside (and say why) instead of taking them for body.
"""

from __future__ import annotations

import re

_TAGS = re.compile(r"<\s*br\s*/?\s*>|</?p\b[^>]*>", re.IGNORECASE)
_OTHER_TAGS = re.compile(r"</?[a-zA-Z][^<>]{0,200}>")
_PAGEBREAK = re.compile(r"\s*pagebreak\s*", re.IGNORECASE)
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")

# A line that is one of these, whole, is page furniture.
_FURNITURE = re.compile(
    r"^(?:"
    r"(?:来源|來源|责任编辑|責任編輯|责编|編輯|编辑|校对|校對|审核|審核|监制|監製|出品|策划|统筹|字体|字號|字号|"
    r"原标题|原標題|本文来源|图片来源|作者|分享到|分享|打印|纠错|关闭|扫一扫|相关新闻|相关阅读|延伸阅读|"
    r"Source|Editor|Editors?|Share|Related|Read more|Advertisement)"
    r"\s*[:：]?.{0,40}"
    r"|【[^】]{1,10}】"
    r"|.{0,30}>\s*.{0,30}>.{0,40}"  # breadcrumbs: 新华网 > 时政 > 正文
    r"|[-—\s]*(?:閱讀更多|阅读更多|返回|返回顶部|一键分享|一鍵分享|上一篇|下一篇|上一页|下一页|"
    r"放大|缩小|默认|More|Next|Previous|Back)[-—\s]*(?:\S{0,20})"
    r"|(?:\d{4}[-/年.]?\s*)?\d{1,2}[-/月.]\s*\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?"
    r"\s*(?:星期.|周.|来源[:：].{0,20})?"
    r"|\d{1,2}:\d{2}(?::\d{2})?"
    r"|upload_article_image|\[?image\]?|\*+|[|｜\s]+|https?://\S+"
    r"|[→►▶]?\s*Related (?:Stories|Story|Articles?|News)|[-•·]\s.{0,100}"
    r"|\(.{0,60}\bpage\s*\d+\)|Today's Top News|Most Viewed|Editor's Picks"
    r"|.{0,30}\S+@\S+\.\w+.{0,10}|.{0,10}(?:看了這些新聞|看了这些新闻|更多相關新聞|更多相关新闻).{0,10}"
    r"|[\d\s]+|PDF\s*版.{0,10}|.{0,60}~~~|.{0,40}导航.{0,20}"
    r"|当前版[:：].*|第?\s*[A-Z]?\d{1,3}\s*版.{0,20}|[A-Z]\d{1,3}\s*[:：].{0,8}|本版列表新闻"
    r")$",
    re.IGNORECASE,
)


def strip_markup(text: str) -> str:
    """Turn line-break tags into line breaks and drop other tags, pagebreaks and image links."""
    text = _TAGS.sub("\n", text)
    text = _MARKDOWN_IMAGE.sub("\n", text)
    text = _OTHER_TAGS.sub("", text)
    return _PAGEBREAK.sub("\n", text)


_NAVIGATION_WORDS = re.compile(
    "上一版|下一版|上一期|下一期|上一篇|下一篇|返回|首页|版面导航|放大|缩小|默认|打印|往期|"
    "上一頁|下一頁|回首頁|分享|收藏"
)


def furniture_reason(unit: str) -> str | None:
    """Why ``unit`` is page furniture rather than feature text, or ``None``."""
    line = unit.strip()
    if not line:
        return "empty"
    if _FURNITURE.match(line):
        return "navigation, source or editor line"
    if len(line) <= 80 and len(_NAVIGATION_WORDS.findall(line)) >= 2:
        return "navigation links"
    return None
