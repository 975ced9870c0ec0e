<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Editing</name>
        <message>
            <location filename="../../src/photoarchive/gui/editing.py" line="58" />
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../src/photoarchive/gui/export_dialog.py" line="67" />
            <source>the {n} photos found for “{query}”</source>
            <translation>搜索“{query}”找到的 {n} 张图片</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/export_dialog.py" line="71" />
            <source>the {n} photos of “{title}”</source>
            <translation>《{title}》的 {n} 张图片</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/export_dialog.py" line="75" />
            <source>the {n} photos tagged {theme}</source>
            <translation>标注为“{theme}”的 {n} 张图片</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/export_dialog.py" line="79" />
            <source>the {n} selected photos</source>
            <translation>选中的 {n} 张图片</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/export_dialog.py" line="151" />
            <source>Export photos</source>
            <translation>导出图片</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/export_dialog.py" line="152" />
            <source>Export {what}.</source>
            <translation>导出{what}。</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/export_dialog.py" line="153" />
            <source>Print</source>
            <translation>印刷</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/export_dialog.py" line="153" />
            <source>Web</source>
            <translation>网站</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/export_dialog.py" line="154" />
            <source>Social media</source>
            <translation>社交媒体</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/export_dialog.py" line="154" />
            <source>Syndication</source>
            <translation>转授权</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/export_dialog.py" line="157" />
            <source>Purpose:</source>
            <translation>用途：</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/export_dialog.py" line="158" />
            <source>Long edge:</source>
            <translation>长边：</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/export_dialog.py" line="159" />
            <source>full size</source>
            <translation>原尺寸</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/export_dialog.py" line="160" />
            <source>GPS:</source>
            <translation>GPS：</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/export_dialog.py" line="161" />
            <source>Keep the location (it is removed by default to protect sources)</source>
            <translation>保留位置信息（默认删除，以保护消息来源）</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/export_dialog.py" line="163" />
            <source>Save to:</source>
            <translation>保存到：</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/export_dialog.py" line="164" />
            <source>a new or empty folder, or a file ending in .zip</source>
            <translation>新建或空的文件夹，或以 .zip 结尾的文件</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/export_dialog.py" line="166" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/export_dialog.py" line="167" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/export_dialog.py" line="168" />
            <location filename="../../src/photoarchive/gui/export_dialog.py" line="256" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/export_dialog.py" line="168" />
            <location filename="../../src/photoarchive/gui/export_dialog.py" line="272" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/export_dialog.py" line="186" />
            <source>Choose where to export</source>
            <translation>选择导出位置</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/export_dialog.py" line="202" />
            <source>Checking licences…</source>
            <translation>正在核对授权…</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/export_dialog.py" line="219" />
            <source>Left out: photo {id}: {reason}</source>
            <translation>不导出：图片 {id}：{reason}</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/export_dialog.py" line="225" />
            <source>{n} photos will be exported, {m} left out.</source>
            <translation>将导出 {n} 张图片，{m} 张不导出。</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/export_dialog.py" line="278" />
            <source>Unexpected error: {error}</source>
            <translation>意外错误：{error}</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/export_dialog.py" line="287" />
            <source>Cancelling; nothing will be left at the destination…</source>
            <translation>正在取消；目标位置不会留下任何文件…</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../src/photoarchive/gui/import_dialog.py" line="122" />
            <source>Import a feature</source>
            <translation>导入专题</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/import_dialog.py" line="123" />
            <source>Feature text:</source>
            <translation>专题文本：</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/import_dialog.py" line="124" />
            <source>Photo folder:</source>
            <translation>图片文件夹：</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/import_dialog.py" line="125" />
            <source>the published article as a .txt file (optional)</source>
            <translation>已刊发的稿件 .txt 文件（可选）</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/import_dialog.py" line="127" />
            <source>the folder with the feature's photos</source>
            <translation>存放该专题图片的文件夹</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/import_dialog.py" line="128" />
            <location filename="../../src/photoarchive/gui/import_dialog.py" line="129" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/import_dialog.py" line="130" />
            <source>Import what pairs and keep the unmatched captions on the feature</source>
            <translation>导入已配对的图片，未配对的图说保留在专题中</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/import_dialog.py" line="132" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/import_dialog.py" line="133" />
            <location filename="../../src/photoarchive/gui/import_dialog.py" line="285" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/import_dialog.py" line="133" />
            <location filename="../../src/photoarchive/gui/import_dialog.py" line="302" />
            <location filename="../../src/photoarchive/gui/import_dialog.py" line="309" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/import_dialog.py" line="143" />
            <source>Choose the feature text</source>
            <translation>选择专题文本</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/import_dialog.py" line="144" />
            <source>Text (*.txt)</source>
            <translation>文本 (*.txt)</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/import_dialog.py" line="150" />
            <source>Choose the photo folder</source>
            <translation>选择图片文件夹</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/import_dialog.py" line="169" />
            <source>Reading…</source>
            <translation>正在读取…</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/import_dialog.py" line="199" />
            <source>Choose the photo folder (and the feature text, if there is one) to see how they pair.</source>
            <translation>选择图片文件夹（如有专题文本也一并选择），即可预览图片与图说的配对。</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/import_dialog.py" line="208" />
            <source>Caption {n} has no photo: {text}</source>
            <translation>第 {n} 条图说没有对应图片：{text}</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/import_dialog.py" line="218" />
            <source>no credit</source>
            <translation>无署名</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/import_dialog.py" line="221" />
            <source>No caption for this photo</source>
            <translation>这张图片没有图说</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/import_dialog.py" line="223" />
            <source>Caption and credit from the file, if it has them</source>
            <translation>图说和署名取自文件内嵌信息（如有）</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/import_dialog.py" line="245" />
            <source>{n} photos, no feature text: captions come from the files.</source>
            <translation>{n} 张图片，无专题文本：图说取自文件。</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/import_dialog.py" line="248" />
            <source>“{title}”: {captions} captions, {photos} photos.</source>
            <translation>《{title}》：{captions} 条图说，{photos} 张图片。</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/import_dialog.py" line="251" />
            <source>They do not pair up (highlighted). Drag the photos into the right order, or import what pairs.</source>
            <translation>图说与图片数量不符（已标出）。可拖动图片调整顺序，或只导入已配对的部分。</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/import_dialog.py" line="253" />
            <source>Every photo has its caption. Drag to change the order.</source>
            <translation>每张图片都有对应图说。可拖动调整顺序。</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/import_dialog.py" line="298" />
            <source>Cancelled: {n} photos were imported before the stop; the library is consistent.</source>
            <translation>已取消：停止前导入了 {n} 张图片，图库保持一致。</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/import_dialog.py" line="315" />
            <source>Unexpected error: {error}</source>
            <translation>意外错误：{error}</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/import_dialog.py" line="325" />
            <source>Cancelling after the current photo…</source>
            <translation>处理完当前图片后取消…</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <location filename="../../src/photoarchive/gui/inspector.py" line="126" />
            <source>Credit</source>
            <translation>署名</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/inspector.py" line="127" />
            <source>No credit: type one, e.g. 罗盟 摄</source>
            <translation>暂无署名：请输入，如 罗盟 摄</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/inspector.py" line="128" />
            <source>The credit as printed: 罗盟 摄, 新华社记者 张三 摄, 某某学校 供图. Enter saves; names complete as you type.</source>
            <translation>按见报样式填写署名：罗盟 摄、新华社记者 张三 摄、某某学校 供图。按回车保存；输入时自动补全已知姓名。</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/inspector.py" line="131" />
            <source>Role</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/inspector.py" line="131" />
            <source>Taken</source>
            <translation>拍摄时间</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/inspector.py" line="132" />
            <source>Camera</source>
            <translation>相机</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/inspector.py" line="132" />
            <source>Size</source>
            <translation>尺寸</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/inspector.py" line="132" />
            <source>GPS</source>
            <translation>GPS</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/inspector.py" line="133" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/inspector.py" line="133" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/inspector.py" line="137" />
            <source>CAPTION</source>
            <translation>图说</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/inspector.py" line="138" />
            <source>HISTORY</source>
            <translation>修改记录</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/inspector.py" line="139" />
            <source>No caption yet: type one and press Enter.</source>
            <translation>暂无图说：输入后按回车保存。</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/inspector.py" line="171" />
            <source>No photo selected</source>
            <translation>未选择图片</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/inspector.py" line="172" />
            <source>Choose a photo in the grid to see its caption, credit and camera details here.</source>
            <translation>在缩略图中选择一张图片，这里会显示它的图说、署名和拍摄信息。</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/inspector.py" line="182" />
            <source>Photo {id}</source>
            <translation>图片 {id}</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/inspector.py" line="185" />
            <source>{title} · no. {position}</source>
            <translation>{title} · 第 {position} 张</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/inspector.py" line="187" />
            <source>Not part of a feature</source>
            <translation>不属于任何专题</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/inspector.py" line="222" />
            <source>photographer</source>
            <translation>摄影</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/inspector.py" line="222" />
            <source>handout</source>
            <translation>供图</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/inspector.py" line="223" />
            <source>agency</source>
            <translation>通讯社</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/inspector.py" line="223" />
            <source>graphic</source>
            <translation>制图</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/inspector.py" line="224" />
            <source>file picture</source>
            <translation>资料图片</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/inspector.py" line="224" />
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/inspector.py" line="230" />
            <source>No edits yet.</source>
            <translation>尚无修改。</translation>
        </message>
    </context>
    <context>
        <name>JobIndicator</name>
        <message>
            <location filename="../../src/photoarchive/gui/status.py" line="39" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>LicencePanel</name>
        <message>
            <location filename="../../src/photoarchive/gui/panels.py" line="166" />
            <source>LICENCE</source>
            <translation>授权</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/panels.py" line="178" />
            <source>No licence recorded: export will ask for one.</source>
            <translation>未登记授权：导出时需要补充。</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/panels.py" line="182" />
            <source>Kind: {kind}</source>
            <translation>类型：{kind}</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/panels.py" line="183" />
            <source>Holder: {holder}</source>
            <translation>权利人：{holder}</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/panels.py" line="184" />
            <source>May be used for: {purposes}</source>
            <translation>可用于：{purposes}</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/panels.py" line="185" />
            <source>Expires: {date}</source>
            <translation>到期：{date}</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/panels.py" line="185" />
            <source>never</source>
            <translation>长期有效</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/panels.py" line="188" />
            <source>Editorial use only</source>
            <translation>仅限新闻报道使用</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/panels.py" line="190" />
            <source>Credit required</source>
            <translation>须署名</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/panels.py" line="196" />
            <source>staff</source>
            <translation>本报</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/panels.py" line="196" />
            <source>handout</source>
            <translation>供图</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/panels.py" line="197" />
            <source>agency</source>
            <translation>通讯社</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/panels.py" line="197" />
            <source>Creative Commons</source>
            <translation>知识共享</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/panels.py" line="198" />
            <source>other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/panels.py" line="201" />
            <source>print</source>
            <translation>印刷</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/panels.py" line="201" />
            <source>web</source>
            <translation>网站</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/panels.py" line="201" />
            <source>social</source>
            <translation>社交媒体</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/panels.py" line="202" />
            <source>syndication</source>
            <translation>转授权</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/photoarchive/gui/main_window.py" line="121" />
            <source>photoarchive — {library}</source>
            <translation>photoarchive 图片档案 — {library}</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/main_window.py" line="234" />
            <source>Rebuilding the search index</source>
            <translation>正在重建搜索索引</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/main_window.py" line="242" />
            <source>The search index is incomplete: run `photoarchive reindex`.</source>
            <translation>搜索索引不完整：请运行 `photoarchive reindex`。</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/main_window.py" line="253" />
            <source>Select the photos to export first (or show a feature, a theme or a search).</source>
            <translation>请先选择要导出的图片（或显示某个专题、主题或搜索结果）。</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/main_window.py" line="263" />
            <source>{n} photos exported to {path}</source>
            <translation>已导出 {n} 张图片到 {path}</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/main_window.py" line="266" />
            <source>{n} left out</source>
            <translation>{n} 张未导出</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/main_window.py" line="283" />
            <source>{n} photos imported</source>
            <translation>已导入 {n} 张图片</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/main_window.py" line="285" />
            <source>{n} already in the library</source>
            <translation>{n} 张已在图库中</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/main_window.py" line="287" />
            <source>{n} could not be read</source>
            <translation>{n} 张无法读取</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/main_window.py" line="291" />
            <source>Some photos were not imported</source>
            <translation>部分图片未导入</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/main_window.py" line="301" />
            <source>Drop a feature text (.txt) and a photo folder to import them.</source>
            <translation>拖入专题文本（.txt）和图片文件夹即可导入。</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/main_window.py" line="320" />
            <source>About photoarchive</source>
            <translation>关于 photoarchive</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/main_window.py" line="321" />
            <source>photoarchive {version}
An archive for news photos and their captions.
Library: {library}</source>
            <translation>photoarchive {version}
新闻图片及图说档案管理。
图库：{library}</translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <location filename="../../src/photoarchive/gui/search_bar.py" line="62" />
            <source>Search captions, credits, features  (Ctrl+F)</source>
            <translation>搜索图说、署名、专题  (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/search_bar.py" line="64" />
            <source>Checking the search index…</source>
            <translation>正在检查搜索索引…</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/search_bar.py" line="66" />
            <source>Type 水稻, "杂交水稻", credit:罗盟, -衡山 …</source>
            <translation>输入 水稻、"杂交水稻"、credit:罗盟、-衡山 …</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <location filename="../../src/photoarchive/gui/sidebar.py" line="68" />
            <source>All photos</source>
            <translation>全部图片</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/sidebar.py" line="70" />
            <source>Features</source>
            <translation>专题</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/sidebar.py" line="71" />
            <source>(untitled)</source>
            <translation>（无标题）</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/sidebar.py" line="74" />
            <source>Themes</source>
            <translation>主题</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/sidebar.py" line="77" />
            <source>Credits</source>
            <translation>署名</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/sidebar.py" line="80" />
            <source>Needs attention</source>
            <translation>待处理</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/sidebar.py" line="103" />
            <source>none yet</source>
            <translation>暂无</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/sidebar.py" line="109" />
            <source>… {n} older (search feature:…)</source>
            <translation>… 另有 {n} 个较早的专题（可搜索 feature:…）</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/sidebar.py" line="128" />
            <source>No credit</source>
            <translation>缺少署名</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/sidebar.py" line="129" />
            <source>No caption</source>
            <translation>缺少图说</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/sidebar.py" line="130" />
            <source>Unmatched captions</source>
            <translation>未配对图说</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/sidebar.py" line="131" />
            <source>Untagged</source>
            <translation>未标注主题</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/sidebar.py" line="132" />
            <source>No licence</source>
            <translation>缺少授权</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <location filename="../../src/photoarchive/gui/status.py" line="74" />
            <source>Library: {path}</source>
            <translation>图库：{path}</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/status.py" line="78" />
            <source>{total:,} found for “{query}”</source>
            <translation>找到 {total:,} 张“{query}”相关图片</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/status.py" line="81" />
            <source>{total:,} photos</source>
            <translation>共 {total:,} 张图片</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/status.py" line="84" />
            <source>{loaded:,} loaded</source>
            <translation>已载入 {loaded:,} 张</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/status.py" line="87" />
            <source>{n} selected</source>
            <translation>已选 {n} 张</translation>
        </message>
    </context>
    <context>
        <name>ThemesPanel</name>
        <message>
            <location filename="../../src/photoarchive/gui/panels.py" line="66" />
            <source>THEMES</source>
            <translation>主题</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/panels.py" line="79" />
            <source>No themes yet.</source>
            <translation>尚未标注主题。</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/panels.py" line="92" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/panels.py" line="116" />
            <source>Suggested: {theme}</source>
            <translation>建议：{theme}</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/panels.py" line="121" />
            <source>Suggested because the caption says: {words}</source>
            <translation>建议依据图说中的：{words}</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/panels.py" line="125" />
            <source>Accept</source>
            <translation>采纳</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/panels.py" line="127" />
            <source>Reject</source>
            <translation>否决</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <location filename="../../src/photoarchive/gui/undo.py" line="57" />
            <source>Edit caption of photo {id}</source>
            <translation>修改图片 {id} 的图说</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/undo.py" line="66" />
            <source>Edit credit of photo {id}</source>
            <translation>修改图片 {id} 的署名</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/undo.py" line="76" />
            <source>Accept theme {theme} on photo {id}</source>
            <translation>采纳图片 {id} 的主题“{theme}”</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/undo.py" line="78" />
            <source>Reject theme {theme} on photo {id}</source>
            <translation>否决图片 {id} 的主题“{theme}”</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/undo.py" line="80" />
            <source>Remove theme {theme} from photo {id}</source>
            <translation>移除图片 {id} 的主题“{theme}”</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/undo.py" line="82" />
            <source>Tag photo {id} with {theme}</source>
            <translation>为图片 {id} 标注主题“{theme}”</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <location filename="../../src/photoarchive/gui/actions.py" line="133" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/actions.py" line="134" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/actions.py" line="135" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/actions.py" line="136" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/actions.py" line="137" />
            <source>&amp;Import feature…</source>
            <translation>导入专题(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/actions.py" line="138" />
            <source>Import a feature text and its photos (Ctrl+I)</source>
            <translation>导入专题文本及其图片 (Ctrl+I)</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/actions.py" line="139" />
            <source>&amp;Export…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/actions.py" line="140" />
            <source>Export licensed photos with their captions (Ctrl+E)</source>
            <translation>导出已授权图片及图说 (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/actions.py" line="141" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/actions.py" line="142" />
            <source>&amp;Find…</source>
            <translation>查找(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/actions.py" line="143" />
            <source>Edit &amp;caption</source>
            <translation>编辑图说(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/actions.py" line="144" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/actions.py" line="145" />
            <source>System default</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/actions.py" line="146" />
            <source>&amp;About photoarchive</source>
            <translation>关于 photoarchive(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/actions.py" line="155" />
            <source>&amp;Undo {what}</source>
            <translation>撤销(&amp;U) {what}</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/actions.py" line="156" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/actions.py" line="157" />
            <source>&amp;Redo {what}</source>
            <translation>重做(&amp;R) {what}</translation>
        </message>
        <message>
            <location filename="../../src/photoarchive/gui/actions.py" line="158" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
    </context>
</TS>
