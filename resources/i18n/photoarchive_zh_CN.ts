<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CreditPanel</name>
    <message>
        <location filename="../../src/photoarchive/gui/credit_review.py" line="93"/>
        <source>Select a caption to see how its credit was read.</source>
        <translation>选择一条图说，查看其署名是如何识别的。</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/credit_review.py" line="96"/>
        <source>Caption {n}: how its credit was read</source>
        <translation>第 {n} 条图说：署名的识别结果</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/credit_review.py" line="100"/>
        <source>Credit:</source>
        <translation>署名：</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/credit_review.py" line="100"/>
        <source>none printed</source>
        <translation>未印署名</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/credit_review.py" line="102"/>
        <source>As printed:</source>
        <translation>见报原文：</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/credit_review.py" line="103"/>
        <source>Read as:</source>
        <translation>识别为：</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/credit_review.py" line="104"/>
        <source>Role:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/credit_review.py" line="105"/>
        <source>Names:</source>
        <translation>署名人：</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/credit_review.py" line="108"/>
        <source>Usage notes:</source>
        <translation>使用说明：</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/credit_review.py" line="130"/>
        <source>no token grammar matched; kept as printed</source>
        <translation>未能按署名规则识别，按原文保留</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/credit_review.py" line="139"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/credit_review.py" line="144"/>
        <source>{name} ({affiliation})</source>
        <translation>{name}（{affiliation}）</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/credit_review.py" line="153"/>
        <source>“{printed}” was read as {names}: {why}</source>
        <translation>“{printed}”识别为 {names}：{why}</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/credit_review.py" line="159"/>
        <source>“{printed}” split by hand as {names}</source>
        <translation>“{printed}”已手动拆分为 {names}</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/credit_review.py" line="173"/>
        <source>names, separated by spaces or /</source>
        <translation>姓名之间用空格或 / 分隔</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/credit_review.py" line="174"/>
        <source>Type the names this run really holds, then press Apply.</source>
        <translation>输入这串文字实际包含的姓名，然后点“应用”。</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/credit_review.py" line="176"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/credit_review.py" line="186"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/credit_review.py" line="189"/>
        <source>Read these names as the parser guessed them</source>
        <translation>恢复为自动识别的拆分</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <location filename="../../src/photoarchive/gui/decisions_model.py" line="85"/>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/decisions_model.py" line="85"/>
        <source>Taken as</source>
        <translation>识别为</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/decisions_model.py" line="85"/>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/decisions_model.py" line="113"/>
        <source>Click to take this paragraph as something else</source>
        <translation>点击可更改这一段的识别类型</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <location filename="../../src/photoarchive/gui/edit_controller.py" line="83"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/photoarchive/gui/export_dialog.py" line="65"/>
        <source>the {n} photos found for “{query}”</source>
        <translation>搜索“{query}”找到的 {n} 张图片</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/export_dialog.py" line="70"/>
        <source>the {n} photos of “{title}”</source>
        <translation>《{title}》的 {n} 张图片</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/export_dialog.py" line="75"/>
        <source>the {n} photos tagged {theme}</source>
        <translation>标注为“{theme}”的 {n} 张图片</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/export_dialog.py" line="80"/>
        <source>the {n} selected photos</source>
        <translation>选中的 {n} 张图片</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/export_dialog.py" line="148"/>
        <source>Export photos</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/export_dialog.py" line="149"/>
        <source>Export {what}.</source>
        <translation>导出{what}。</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/export_dialog.py" line="151"/>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/export_dialog.py" line="152"/>
        <source>Web</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/export_dialog.py" line="153"/>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/export_dialog.py" line="154"/>
        <source>Syndication</source>
        <translation>转授权</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/export_dialog.py" line="158"/>
        <source>Purpose:</source>
        <translation>用途：</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/export_dialog.py" line="159"/>
        <source>Long edge:</source>
        <translation>长边：</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/export_dialog.py" line="160"/>
        <source>full size</source>
        <translation>原尺寸</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/export_dialog.py" line="161"/>
        <source>GPS:</source>
        <translation>GPS：</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/export_dialog.py" line="163"/>
        <source>Keep the location (it is removed by default to protect sources)</source>
        <translation>保留位置信息（默认删除，以保护消息来源）</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/export_dialog.py" line="165"/>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/export_dialog.py" line="167"/>
        <source>a new or empty folder, or a file ending in .zip</source>
        <translation>新建或空的文件夹，或以 .zip 结尾的文件</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/export_dialog.py" line="169"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/export_dialog.py" line="170"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/export_dialog.py" line="265"/>
        <source>Cancelled: nothing was written to the destination.</source>
        <translation>已取消：目标位置未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/export_dialog.py" line="184"/>
        <source>Choose where to export</source>
        <translation>选择导出位置</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/export_dialog.py" line="204"/>
        <source>Checking licences…</source>
        <translation>正在核对授权…</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/export_dialog.py" line="225"/>
        <source>Left out: photo {id}: {reason}</source>
        <translation>不导出：图片 {id}：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/export_dialog.py" line="233"/>
        <source>{n} photos will be exported, {m} left out.</source>
        <translation>将导出 {n} 张图片，{m} 张不导出。</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/export_dialog.py" line="262"/>
        <source>Cancelling; nothing will be left at the destination…</source>
        <translation>正在取消；目标位置不会留下任何文件…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/photoarchive/gui/import_dialog.py" line="115"/>
        <source>Import a feature</source>
        <translation>导入专题</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/import_dialog.py" line="116"/>
        <source>Feature text:</source>
        <translation>专题文本：</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/import_dialog.py" line="117"/>
        <source>Photo folder:</source>
        <translation>图片文件夹：</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/import_dialog.py" line="119"/>
        <source>the published article as a .txt file (optional)</source>
        <translation>已刊发的稿件 .txt 文件（可选）</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/import_dialog.py" line="121"/>
        <source>the folder with the feature&apos;s photos</source>
        <translation>存放该专题图片的文件夹</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/import_dialog.py" line="122"/>
        <location filename="../../src/photoarchive/gui/import_dialog.py" line="123"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/import_dialog.py" line="125"/>
        <source>Import what pairs and keep the unmatched captions on the feature</source>
        <translation>导入已配对的图片，未配对的图说保留在专题中</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/import_dialog.py" line="127"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/import_dialog.py" line="130"/>
        <source>Say what the new files for those positions are…</source>
        <translation>请说明这些位置的新文件是什么…</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/import_dialog.py" line="131"/>
        <source>Other photos for the same places: keep both</source>
        <translation>同一位置的另一张图片：两张都保留</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/import_dialog.py" line="132"/>
        <source>Import nothing for those positions</source>
        <translation>这些位置不导入</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/import_dialog.py" line="141"/>
        <source>Choose the feature text</source>
        <translation>选择专题文本</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/import_dialog.py" line="141"/>
        <source>Text (*.txt)</source>
        <translation>文本 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/import_dialog.py" line="149"/>
        <source>Choose the photo folder</source>
        <translation>选择图片文件夹</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/import_dialog.py" line="169"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/import_dialog.py" line="214"/>
        <source>Choose the photo folder (and the feature text, if there is one) to see how they pair.</source>
        <translation>选择图片文件夹（如有专题文本也一并选择），即可预览图片与图说的配对。</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/import_dialog.py" line="224"/>
        <source>Photos and captions</source>
        <translation>图片与图说</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/import_dialog.py" line="228"/>
        <source>Paragraphs ({n} to check)</source>
        <translation>段落（{n} 处待核对）</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/import_dialog.py" line="230"/>
        <source>Paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/import_dialog.py" line="240"/>
        <source>{n} photos, no feature text: captions come from the files.</source>
        <translation>{n} 张图片，无专题文本：图说取自文件。</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/import_dialog.py" line="244"/>
        <source>“{title}”: {captions} captions, {photos} photos.</source>
        <translation>《{title}》：{captions} 条图说，{photos} 张图片。</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/import_dialog.py" line="249"/>
        <source>The library has this feature already, with other photos at positions {positions}: say below what the new files for them are.</source>
        <translation>图库中已有这篇专题，第 {positions} 张已有其他图片：请在下方说明这些新文件是什么。</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/import_dialog.py" line="257"/>
        <source>They do not pair up (highlighted). Drag the photos into the right order, or import what pairs.</source>
        <translation>图说与图片数量不符（已标出）。可拖动图片调整顺序，或只导入已配对的部分。</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/import_dialog.py" line="261"/>
        <source>Every photo has its caption. Drag to change the order.</source>
        <translation>每张图片都有对应图说。可拖动调整顺序。</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/import_dialog.py" line="313"/>
        <source>Cancelled: {n} photos were imported before the stop; the library is consistent.</source>
        <translation>已取消：停止前导入了 {n} 张图片，图库保持一致。</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/import_dialog.py" line="318"/>
        <source>Cancelling after the current photo…</source>
        <translation>处理完当前图片后取消…</translation>
    </message>
</context>
<context>
    <name>IndexCheck</name>
    <message>
        <location filename="../../src/photoarchive/gui/index_check.py" line="48"/>
        <source>Rebuilding the search index</source>
        <translation>正在重建搜索索引</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/index_check.py" line="59"/>
        <source>The search index is incomplete: run `photoarchive reindex`.</source>
        <translation>搜索索引不完整：请运行 `photoarchive reindex`。</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="239"/>
        <source>the file&apos;s credit fields disagree</source>
        <translation>文件内的署名字段与图说不一致</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="127"/>
        <source>Credit</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="128"/>
        <source>No credit: type one, e.g. 罗盟 摄</source>
        <translation>暂无署名：请输入，如 罗盟 摄</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="131"/>
        <source>The credit as printed: 罗盟 摄, 新华社记者 张三 摄, 某某学校 供图. Enter saves; names complete as you type.</source>
        <translation>按见报样式填写署名：罗盟 摄、新华社记者 张三 摄、某某学校 供图。按回车保存；输入时自动补全已知姓名。</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="136"/>
        <source>Role</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="137"/>
        <source>Used in</source>
        <translation>刊用于</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="138"/>
        <source>Taken</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="139"/>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="140"/>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="141"/>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="142"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="143"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="144"/>
        <source>Embedded</source>
        <translation>内嵌信息</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="148"/>
        <source>CAPTION</source>
        <translation>图说</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="149"/>
        <source>HISTORY</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="150"/>
        <source>No caption yet: type one and press Enter.</source>
        <translation>暂无图说：输入后按回车保存。</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="186"/>
        <source>No photo selected</source>
        <translation>未选择图片</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="189"/>
        <source>Choose a photo in the grid to see its caption, credit and camera details here.</source>
        <translation>在缩略图中选择一张图片，这里会显示它的图说、署名和拍摄信息。</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="200"/>
        <source>Photo {id}</source>
        <translation>图片 {id}</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="203"/>
        <source>{title} · no. {position}</source>
        <translation>{title} · 第 {position} 张</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="207"/>
        <source>Not part of a feature</source>
        <translation>不属于任何专题</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="259"/>
        <source>{title}, #{position}</source>
        <translation>《{title}》第 {position} 张</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="267"/>
        <source>EXIF, IPTC and XMP agree</source>
        <translation>EXIF、IPTC 与 XMP 一致</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="269"/>
        <source>caption</source>
        <translation>图说</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="270"/>
        <source>creator</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="271"/>
        <source>copyright</source>
        <translation>版权</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="272"/>
        <source>headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="273"/>
        <source>credit</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="274"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="275"/>
        <source>title</source>
        <translation>题名</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="276"/>
        <source>keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="283"/>
        <source>{field} read from {block}, not {others}</source>
        <translation>{field}取自 {block}，未采用 {others}</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="291"/>
        <source>photographer</source>
        <translation>摄影</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="292"/>
        <source>handout</source>
        <translation>供图</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="293"/>
        <source>agency</source>
        <translation>通讯社</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="294"/>
        <source>graphic</source>
        <translation>制图</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="295"/>
        <source>file picture</source>
        <translation>资料图片</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="296"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/inspector.py" line="302"/>
        <source>No edits yet.</source>
        <translation>尚无修改。</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../src/photoarchive/gui/job_dialog.py" line="117"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/job_dialog.py" line="117"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/job_dialog.py" line="127"/>
        <source>Unexpected error: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
</context>
<context>
    <name>JobIndicator</name>
    <message>
        <location filename="../../src/photoarchive/gui/status.py" line="41"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LicencePanel</name>
    <message>
        <location filename="../../src/photoarchive/gui/panels.py" line="194"/>
        <source>LICENCE</source>
        <translation>授权</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/panels.py" line="206"/>
        <source>No licence recorded: export will ask for one.</source>
        <translation>未登记授权：导出时需要补充。</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/panels.py" line="210"/>
        <source>Kind: {kind}</source>
        <translation>类型：{kind}</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/panels.py" line="211"/>
        <source>Holder: {holder}</source>
        <translation>权利人：{holder}</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/panels.py" line="212"/>
        <source>May be used for: {purposes}</source>
        <translation>可用于：{purposes}</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/panels.py" line="213"/>
        <source>Expires: {date}</source>
        <translation>到期：{date}</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/panels.py" line="213"/>
        <source>never</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/panels.py" line="216"/>
        <source>Editorial use only</source>
        <translation>仅限新闻报道使用</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/panels.py" line="218"/>
        <source>Credit required</source>
        <translation>须署名</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/panels.py" line="225"/>
        <source>staff</source>
        <translation>本报</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/panels.py" line="226"/>
        <source>handout</source>
        <translation>供图</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/panels.py" line="227"/>
        <source>agency</source>
        <translation>通讯社</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/panels.py" line="228"/>
        <source>Creative Commons</source>
        <translation>知识共享</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/panels.py" line="229"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/panels.py" line="234"/>
        <source>print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/panels.py" line="235"/>
        <source>web</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/panels.py" line="236"/>
        <source>social</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/panels.py" line="237"/>
        <source>syndication</source>
        <translation>转授权</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/photoarchive/gui/main_window.py" line="144"/>
        <source>photoarchive — {library}</source>
        <translation>photoarchive 图片档案 — {library}</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/main_window.py" line="274"/>
        <source>Select the photos to export first (or show a feature, a theme or a search).</source>
        <translation>请先选择要导出的图片（或显示某个专题、主题或搜索结果）。</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/main_window.py" line="293"/>
        <source>{n} photos exported to {path}</source>
        <translation>已导出 {n} 张图片到 {path}</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/main_window.py" line="297"/>
        <source>{n} left out</source>
        <translation>{n} 张未导出</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/main_window.py" line="321"/>
        <source>{n} photos imported</source>
        <translation>已导入 {n} 张图片</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/main_window.py" line="323"/>
        <source>{n} already in the library</source>
        <translation>{n} 张已在图库中</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/main_window.py" line="325"/>
        <source>{n} could not be read</source>
        <translation>{n} 张无法读取</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/main_window.py" line="329"/>
        <source>Some photos were not imported</source>
        <translation>部分图片未导入</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/main_window.py" line="340"/>
        <source>Drop a feature text (.txt) and a photo folder to import them.</source>
        <translation>拖入专题文本（.txt）和图片文件夹即可导入。</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/main_window.py" line="361"/>
        <source>About photoarchive</source>
        <translation>关于 photoarchive</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/main_window.py" line="363"/>
        <source>photoarchive {version}
An archive for news photos and their captions.
Library: {library}</source>
        <translation>photoarchive {version}
新闻图片及图说档案管理。
图库：{library}</translation>
    </message>
</context>
<context>
    <name>PairingList</name>
    <message>
        <location filename="../../src/photoarchive/gui/pairing_list.py" line="58"/>
        <source>Caption {n} has no photo: {text}</source>
        <translation>第 {n} 条图说没有对应图片：{text}</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/pairing_list.py" line="67"/>
        <source>{name}: left out ({reason})</source>
        <translation>{name}：未导入（{reason}）</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/pairing_list.py" line="86"/>
        <source>no credit</source>
        <translation>无署名</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/pairing_list.py" line="89"/>
        <source>No caption for this photo</source>
        <translation>这张图片没有图说</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/pairing_list.py" line="94"/>
        <source>Caption and credit from the file, if it has them</source>
        <translation>图说和署名取自文件内嵌信息（如有）</translation>
    </message>
</context>
<context>
    <name>ParseReview</name>
    <message>
        <location filename="../../src/photoarchive/gui/parse_review.py" line="129"/>
        <source>What each paragraph of the text was taken as, and why. Click “Taken as” to change it; select a caption to check how its credit was read. Nothing is written until you import.</source>
        <translation>文本中每一段被识别成了什么，以及依据。点击“识别为”可以更改；选择一条图说可核对其署名的识别结果。点击导入之前不会写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_review.py" line="134"/>
        <source>Undo all changes</source>
        <translation>撤销全部更改</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_review.py" line="135"/>
        <source>Go back to the text as the parser read it</source>
        <translation>恢复为自动识别的结果</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_review.py" line="223"/>
        <source>“{typed}” does not split “{printed}”.</source>
        <translation>“{typed}”不是“{printed}”的拆分。</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_review.py" line="227"/>
        <source>Type the same characters in the same order, with a space or / between the names.</source>
        <translation>请按原顺序输入相同的字，姓名之间用空格或 / 分隔。</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_review.py" line="250"/>
        <source>This change was not made: {reason}</source>
        <translation>未做此更改：{reason}</translation>
    </message>
</context>
<context>
    <name>ParseWords</name>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="26"/>
        <source>header</source>
        <translation>标题区</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="27"/>
        <source>ignored</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="28"/>
        <source>body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="29"/>
        <source>heading</source>
        <translation>小标题</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="30"/>
        <source>caption</source>
        <translation>图说</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="31"/>
        <source>caption (continued)</source>
        <translation>图说（续）</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="32"/>
        <source>credit line</source>
        <translation>署名行</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="33"/>
        <source>page credit</source>
        <translation>整版署名</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="35"/>
        <source>affiliation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="36"/>
        <source>agency</source>
        <translation>通讯社</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="37"/>
        <source>released</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="38"/>
        <source>role</source>
        <translation>署名词</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="39"/>
        <source>file picture</source>
        <translation>资料图片</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="40"/>
        <source>owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="41"/>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="42"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="43"/>
        <source>names</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="44"/>
        <source>photo</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="45"/>
        <source>by</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="46"/>
        <source>via</source>
        <translation>经由</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="47"/>
        <source>for</source>
        <translation>供稿给</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="48"/>
        <source>courtesy</source>
        <translation>提供</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="49"/>
        <source>pool</source>
        <translation>联合采访</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="50"/>
        <source>copyright</source>
        <translation>版权</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="51"/>
        <source>photographer</source>
        <translation>摄影</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="52"/>
        <source>handout</source>
        <translation>供图</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="53"/>
        <source>graphic</source>
        <translation>制图</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="54"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="55"/>
        <source>person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="56"/>
        <source>organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="58"/>
        <source>set by hand</source>
        <translation>手动设定</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="59"/>
        <source>page furniture before the title</source>
        <translation>标题前的网页杂项</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="60"/>
        <source>title, kicker or byline</source>
        <translation>标题、引题或作者</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="61"/>
        <source>a credit alone</source>
        <translation>单独一行署名</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="62"/>
        <source>starts with a caption marker</source>
        <translation>以图说标记开头</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="63"/>
        <source>says 图为 (the picture shows)</source>
        <translation>含“图为”</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="64"/>
        <source>short, with no sentence ending</source>
        <translation>较短，且没有句末标点</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="65"/>
        <source>a paragraph with no caption signal</source>
        <translation>没有图说特征的段落</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="66"/>
        <source>part of the caption above</source>
        <translation>属于上一条图说</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="67"/>
        <source>the credit of the caption above</source>
        <translation>上一条图说的署名</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="69"/>
        <source>one of a run of short lines above a page credit</source>
        <translation>整版署名上方一组短行之一</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="72"/>
        <source>a credit line under a run of captions: the page&apos;s credit</source>
        <translation>一组图说下方的署名行：整版署名</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="74"/>
        <source>a short paragraph between captions</source>
        <translation>夹在图说之间的短段落</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="76"/>
        <source>a credit line that closes no caption: the page&apos;s credit</source>
        <translation>不属于任何图说的署名行：整版署名</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="79"/>
        <source>one of a run of short lines on a page with a page credit</source>
        <translation>有整版署名的页面上一组短行之一</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="81"/>
        <source>says it credits the whole page</source>
        <translation>注明为整版署名</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="83"/>
        <source>names the writer too: the article&apos;s credit</source>
        <translation>同时署了文字作者：整篇文章的署名</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="85"/>
        <source>empty</source>
        <translation>空行</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="86"/>
        <source>navigation links</source>
        <translation>导航链接</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="87"/>
        <source>a link to another story</source>
        <translation>指向另一篇报道的链接</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="93"/>
        <source>a dated first paragraph</source>
        <translation>注明日期的首段</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="95"/>
        <source>the next one closes the caption with its credit</source>
        <translation>下一段以署名结束这条图说</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="97"/>
        <source>navigation, source or editor line</source>
        <translation>导航、来源或编辑信息</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="99"/>
        <source>the spacing of its names is ambiguous</source>
        <translation>姓名间的空格有歧义</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="101"/>
        <source>split where surnames start, a guess</source>
        <translation>按姓氏位置拆分，系推测</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="104"/>
        <source>With these changes no paragraph is a caption.</source>
        <translation>按这些更改，没有任何段落是图说。</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="107"/>
        <source>Take at least one paragraph as a caption.</source>
        <translation>请至少把一个段落设为图说。</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="113"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="119"/>
        <source>ends in a credit ({credit})</source>
        <translation>以署名结尾（{credit}）</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="123"/>
        <source>followed by the credit line {line}</source>
        <translation>下一行是署名 {line}</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="127"/>
        <source>takes the page credit {line}</source>
        <translation>采用整版署名 {line}</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="131"/>
        <source>ends in the page&apos;s credit ({credit})</source>
        <translation>以整版署名结尾（{credit}）</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="135"/>
        <source>shares the credit line {line}</source>
        <translation>与其他图说共用署名行 {line}</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="139"/>
        <source>{credit} said the same below</source>
        <translation>沿用上文的“下同”署名 {credit}</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="88"/>
        <source>a caption printed in brackets</source>
        <translation>整段印在括号里的图说</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="90"/>
        <source>printed again and again: an image&apos;s alt text</source>
        <translation>反复出现：网页图片的替代文字</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/parse_words.py" line="92"/>
        <source>under an image&apos;s alt text</source>
        <translation>位于图片替代文字之下</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../src/photoarchive/gui/search_bar.py" line="63"/>
        <source>Search captions, credits, features  (Ctrl+F)</source>
        <translation>搜索图说、署名、专题  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/search_bar.py" line="65"/>
        <source>Checking the search index…</source>
        <translation>正在检查搜索索引…</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/search_bar.py" line="67"/>
        <source>Type 水稻, &quot;杂交水稻&quot;, credit:罗盟, -衡山 …</source>
        <translation>输入 水稻、&quot;杂交水稻&quot;、credit:罗盟、-衡山 …</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../src/photoarchive/gui/sidebar.py" line="73"/>
        <source>All photos</source>
        <translation>全部图片</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/sidebar.py" line="76"/>
        <source>Features</source>
        <translation>专题</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/sidebar.py" line="79"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/sidebar.py" line="88"/>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/sidebar.py" line="96"/>
        <source>Credits</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/sidebar.py" line="103"/>
        <source>Needs attention</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/sidebar.py" line="133"/>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/sidebar.py" line="139"/>
        <source>… {n} older (search feature:…)</source>
        <translation>… 另有 {n} 个较早的专题（可搜索 feature:…）</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/sidebar.py" line="158"/>
        <source>No credit</source>
        <translation>缺少署名</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/sidebar.py" line="159"/>
        <source>No caption</source>
        <translation>缺少图说</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/sidebar.py" line="160"/>
        <source>Unmatched captions</source>
        <translation>未配对图说</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/sidebar.py" line="161"/>
        <source>Credit disagrees with the file</source>
        <translation>署名与文件内嵌信息不一致</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/sidebar.py" line="162"/>
        <source>No confident theme</source>
        <translation>未能确定主题</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/sidebar.py" line="163"/>
        <source>Embedded metadata disagrees</source>
        <translation>内嵌元数据不一致</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/sidebar.py" line="164"/>
        <source>Untagged</source>
        <translation>未标注主题</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/sidebar.py" line="165"/>
        <source>No licence</source>
        <translation>缺少授权</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../src/photoarchive/gui/status.py" line="91"/>
        <source>Library: {path}</source>
        <translation>图库：{path}</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/status.py" line="93"/>
        <source>{total:,} found for “{query}”</source>
        <translation>找到 {total:,} 张“{query}”相关图片</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/status.py" line="96"/>
        <source>{total:,} photos</source>
        <translation>共 {total:,} 张图片</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/status.py" line="98"/>
        <source>{loaded:,} loaded</source>
        <translation>已载入 {loaded:,} 张</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/status.py" line="100"/>
        <source>{n} selected</source>
        <translation>已选 {n} 张</translation>
    </message>
</context>
<context>
    <name>ThemesPanel</name>
    <message>
        <location filename="../../src/photoarchive/gui/panels.py" line="73"/>
        <source>THEMES</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/panels.py" line="86"/>
        <source>No themes yet.</source>
        <translation>尚未标注主题。</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/panels.py" line="88"/>
        <source>No confident theme: choose one by hand.</source>
        <translation>未能确定主题，请手动选择。</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/panels.py" line="105"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/panels.py" line="134"/>
        <source>Suggested: {theme}</source>
        <translation>建议：{theme}</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/panels.py" line="141"/>
        <source>Suggested because the caption says: {words}</source>
        <translation>建议依据图说中的：{words}</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/panels.py" line="147"/>
        <source>Accept</source>
        <translation>采纳</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/panels.py" line="152"/>
        <source>Reject</source>
        <translation>否决</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../src/photoarchive/gui/undo.py" line="58"/>
        <source>Edit caption of photo {id}</source>
        <translation>修改图片 {id} 的图说</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/undo.py" line="69"/>
        <source>Edit credit of photo {id}</source>
        <translation>修改图片 {id} 的署名</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/undo.py" line="82"/>
        <source>Accept theme {theme} on photo {id}</source>
        <translation>采纳图片 {id} 的主题“{theme}”</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/undo.py" line="84"/>
        <source>Reject theme {theme} on photo {id}</source>
        <translation>否决图片 {id} 的主题“{theme}”</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/undo.py" line="86"/>
        <source>Remove theme {theme} from photo {id}</source>
        <translation>移除图片 {id} 的主题“{theme}”</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/undo.py" line="88"/>
        <source>Tag photo {id} with {theme}</source>
        <translation>为图片 {id} 标注主题“{theme}”</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../src/photoarchive/gui/actions.py" line="135"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/actions.py" line="136"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/actions.py" line="137"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/actions.py" line="138"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/actions.py" line="139"/>
        <source>&amp;Import feature…</source>
        <translation>导入专题(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/actions.py" line="140"/>
        <source>Import a feature text and its photos (Ctrl+I)</source>
        <translation>导入专题文本及其图片 (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/actions.py" line="141"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/actions.py" line="142"/>
        <source>Export licensed photos with their captions (Ctrl+E)</source>
        <translation>导出已授权图片及图说 (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/actions.py" line="143"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/actions.py" line="144"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/actions.py" line="145"/>
        <source>Edit &amp;caption</source>
        <translation>编辑图说(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/actions.py" line="146"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/actions.py" line="147"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/actions.py" line="148"/>
        <source>&amp;About photoarchive</source>
        <translation>关于 photoarchive(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/actions.py" line="157"/>
        <source>&amp;Undo {what}</source>
        <translation>撤销(&amp;U) {what}</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/actions.py" line="157"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/actions.py" line="158"/>
        <source>&amp;Redo {what}</source>
        <translation>重做(&amp;R) {what}</translation>
    </message>
    <message>
        <location filename="../../src/photoarchive/gui/actions.py" line="158"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
</TS>
