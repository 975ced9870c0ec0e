"""Credit lines as web pages and wires really print them (items/en_wire.json, more_outlets.json).

Each rule has the real caption it came from and a counter-example that must
not be read the new way.
"""

from __future__ import annotations

from photoarchive.captions import parse_caption


def _who(text: str) -> list[tuple[str, str, str | None]]:
    credit = parse_caption(text).credit
    return [(c.name, str(c.kind), c.affiliation) for c in credit.contributors]


def test_a_line_break_ends_a_latin_name() -> None:
    """The caption's last words and the credit on the next line are no one name."""
    text = (
        "Climbers queueing at the summit of Mount Everest\n"
        "Nirmal Purja/Project Possible/AFP/Getty Images"
    )
    parsed = parse_caption(text)
    assert parsed.text == "Climbers queueing at the summit of Mount Everest"
    assert parsed.credit.as_printed == "Nirmal Purja/Project Possible/AFP/Getty Images"


def test_credit_above_the_caption_keeps_the_caption_whole() -> None:
    text = (
        "White House photo by Pete Souza\n\n    Chief Justice John G. Roberts Jr. administers"
        " the oath of office on Wednesday, Jan. 21, 2009, in Washington, D.C."
    )
    parsed = parse_caption(text)
    assert parsed.text.endswith("in Washington, D.C.")
    assert [c.name for c in parsed.credit.contributors] == ["Pete Souza"]


def test_names_joined_by_and_stay_one_list() -> None:
    parsed = parse_caption("A view of the bay. Photos by Jane Doe and John Roe")
    assert [c.name for c in parsed.credit.contributors] == ["Jane Doe", "John Roe"]


def test_photographer_outlet_then_agencies() -> None:
    """Person/their outfit/the agencies that handed it on (Getty's credit for a third party)."""
    assert _who("Climbers at the summit\nNirmal Purja/Project Possible/AFP/Getty Images") == [
        ("Nirmal Purja", "person", "Project Possible"),
        ("AFP", "organization", None),
        ("Getty Images", "organization", None),
    ]


def test_photographer_of_an_agency_then_its_distributor_is_unchanged() -> None:
    assert _who("A boy gets food. Mohammed Abed/AFP/Getty Images") == [
        ("Mohammed Abed", "person", "AFP"),
        ("Getty Images", "organization", None),
    ]


def test_a_picture_agency_of_one_glued_word() -> None:
    """Whitehotpix/ZUMA: a "-pix" house is an agency that ZUMA distributed, not a person."""
    text = "drawing thrill-seeking crowds Whitehotpix/ZUMA"
    kinds = [(name, kind) for name, kind, _ in _who(text)]
    assert kinds == [("Whitehotpix", "organization"), ("ZUMA", "organization")]
    assert parse_caption(text).text == "drawing thrill-seeking crowds"


def test_a_photographer_of_one_name_stays_a_person() -> None:
    """Indonesian photographers go by one name: Beawiharta/REUTERS is a person."""
    assert _who("Jakarta at dawn. Beawiharta/Reuters") == [("Beawiharta", "person", "REUTERS")]


def test_an_organisation_keeps_its_acronym() -> None:
    """US Navy is no "Us Navy"; a surname in capitals is still title-cased."""
    text = "A low pass close to the destroyer. US Navy/Handout via Reuters"
    assert _who(text)[0] == ("US Navy", "organization", None)
    assert _who("Protesters. (Photo by Daniel LEAL-OLIVAS / AFP)")[0][0] == "Daniel Leal-Olivas"


def test_ap_distributing_another_agencys_photographer() -> None:
    """(AP Photo/Xinhua, Han Yuqing): AP hands on Xinhua's picture by Han Yuqing."""
    text = "People look upwards in Nanjing on Monday May 12, 2008. (AP Photo/Xinhua, Han Yuqing)"
    parsed = parse_caption(text)
    assert parsed.text == "People look upwards in Nanjing on Monday May 12, 2008."
    assert str(parsed.credit.role) == "agency"
    assert _who(text) == [
        ("Xinhua", "organization", "AP"),
        ("Han Yuqing", "person", "Xinhua"),
    ]


def test_ap_photo_with_file_after_the_name_is_unchanged() -> None:
    assert _who("A fire in 2008. (AP Photo/Jane Doe, File)") == [("Jane Doe", "person", "AP")]


def test_a_caption_of_several_paragraphs_keeps_its_blank_lines() -> None:
    """One Xinhua caption in four paragraphs, the credit closing the last: spacing as printed."""
    text = (
        "A performer attends a Shehuo parade in Longxian County, Feb. 24, 2024.\n\n"
        "Later on, it evolved into a folk custom staged during the Spring Festival.\n\n"
        "Longxian County is well-known for the local Shehuo parade. (Xinhua/Liu Xiao)"
    )
    parsed = parse_caption(text)
    assert parsed.text == text.removesuffix(" (Xinhua/Liu Xiao)")
    assert _who(text) == [("Liu Xiao", "person", "Xinhua")]


def test_paragraphs_on_consecutive_lines_stay_one_line_apart() -> None:
    text = "一家人在屋顶享受阳光。\n他们因疫情“宅”在家。\n新华社记者 张三 摄"
    assert parse_caption(text).text == "一家人在屋顶享受阳光。\n他们因疫情“宅”在家。"


def test_a_line_that_opens_with_a_comma_is_no_hard_wrap() -> None:
    """Print never starts a wrapped line with a comma: ',\\n,' is a copy's artefact, kept."""
    text = (
        "行政院1日舉行各主管機關卸任、新任首長聯合交接典禮,\n,在等待儀式開始的片刻,\n"
        ",負責監交的副總統吳敦義(中),\n,忍不住瞅了一旁神情自若的新任院長張善政(右)一眼。 (季志翔攝)"
    )
    parsed = parse_caption(text)
    assert parsed.text == text.removesuffix(" (季志翔攝)")
    assert _who(text) == [("季志翔", "person", None)]


def test_a_line_that_stops_at_a_comma_still_runs_on() -> None:
    text = "行政院1日舉行各主管機關卸任、新任首長聯合交接典禮,\n在等待儀式開始的片刻。 (季志翔攝)"
    assert (
        parse_caption(text).text
        == "行政院1日舉行各主管機關卸任、新任首長聯合交接典禮,在等待儀式開始的片刻。"
    )


def test_place_label_and_credit_on_the_line_above() -> None:
    """Reuters Wider Image: '. Place. Credit' above the caption; the label is neither."""
    text = (
        ". Bogota, Colombia. Reuters/Luisa Gonzalez\nTeacher Andres Felipe Vargas, 52, poses"
        " for a photograph at a protest during a national strike in Bogota, Colombia."
    )
    parsed = parse_caption(text)
    assert parsed.text.startswith("Teacher Andres Felipe Vargas, 52, poses")
    assert parsed.credit.as_printed == "Reuters/Luisa Gonzalez"
    assert _who(text) == [("Luisa Gonzalez", "person", "REUTERS")]


def test_a_sentence_with_a_credit_above_a_second_paragraph_is_no_label() -> None:
    text = "Protesters march in Paris. REUTERS/Jane Doe\nThe march was the largest in years."
    parsed = parse_caption(text)
    assert parsed.text.startswith("Protesters march in Paris.")


def test_handout_handed_on_by_the_agency_printed_first() -> None:
    """REUTERS/US Navy/Handout via Reuters: both in printed order, Reuters once."""
    text = "The destroyer in the Baltic Sea. REUTERS/US Navy/Handout via Reuters"
    parsed = parse_caption(text)
    assert parsed.text == "The destroyer in the Baltic Sea."
    assert str(parsed.credit.role) == "handout"
    assert [(n, k) for n, k, _ in _who(text)] == [
        ("REUTERS", "organization"),
        ("US Navy", "organization"),
    ]


def test_handout_via_an_agency_keeps_its_order() -> None:
    text = "The destroyer in the Baltic Sea. US Navy/Handout via REUTERS"
    assert [n for n, _, _ in _who(text)] == ["US Navy", "REUTERS"]


def test_names_listed_with_a_comma_are_all_people() -> None:
    """Jean Revillard, Bertrand Piccard/SI2/Handout via Reuters: two people of SI2."""
    text = "The plane lands in Abu Dhabi. Jean Revillard, Bertrand Piccard/SI2/Handout via Reuters"
    parsed = parse_caption(text)
    assert parsed.text == "The plane lands in Abu Dhabi."
    assert str(parsed.credit.role) == "handout"
    assert _who(text) == [
        ("Jean Revillard", "person", "SI2"),
        ("Bertrand Piccard", "person", "SI2"),
        ("REUTERS", "organization", None),
    ]
    assert [n for n, _, _ in _who("A fire. (AP Photo/Jane Doe, John Roe)")] == [
        "Jane Doe",
        "John Roe",
    ]
    assert str(parse_caption("A fire. (AP Photo/Jane Doe, John Roe)").credit.role) == "agency"


def test_a_model_number_before_a_credit_is_no_name() -> None:
    text = "A Russian SU-24 flies over the destroyer USS Donald Cook. REUTERS/Jane Doe"
    assert parse_caption(text).text == "A Russian SU-24 flies over the destroyer USS Donald Cook."


def test_a_stray_bracket_before_a_bracketed_credit() -> None:
    """( (Photo credit should read X/AFP/Getty Images): the damaged bracket is the credit's."""
    text = "2005年7月15日夜晚的帝國大廈( (Photo credit should read STAN HONDA/AFP/Getty Images)"
    parsed = parse_caption(text)
    assert parsed.text == "2005年7月15日夜晚的帝國大廈"
    assert [n for n, _, _ in _who(text)] == ["Stan Honda", "Getty Images"]


def test_an_aside_in_brackets_before_a_credit_stays() -> None:
    text = "帝國大廈(左) (Photo credit should read STAN HONDA/AFP/Getty Images)"
    assert parse_caption(text).text == "帝國大廈(左)"


def test_an_online_outlets_reporters() -> None:
    """四川在线记者 X Y 摄: 在线 ends an outlet's name like 日报 does."""
    text = "成都一家人在屋顶享受阳光。\n四川在线记者 尹钢 华小峰 摄"
    assert _who(text) == [("尹钢", "person", "四川在线"), ("华小峰", "person", "四川在线")]


def test_online_inside_a_sentence_is_no_outlet() -> None:
    text = "市民在线上预约。 记者 尹钢 摄"
    assert parse_caption(text).text == "市民在线上预约。"
    assert _who(text) == [("尹钢", "person", "记者")]


def test_picture_and_graphic_credits_on_one_line() -> None:
    """新华社发(李云生 摄) 新华社记者 张曼怡 制图: the picture and the graphic made of it."""
    text = "蚂蚱“抱春”。\n3月20日是春分节气。\n新华社发(李云生 摄) 新华社记者 张曼怡 制图"
    parsed = parse_caption(text)
    assert parsed.text == "蚂蚱“抱春”。\n3月20日是春分节气。"
    assert str(parsed.credit.role) == "graphic"
    assert [n for n, _, _ in _who(text)] == ["李云生", "张曼怡"]


def test_a_bracketed_aside_before_a_credit_is_no_second_credit() -> None:
    text = "澜沧江畔的蚂蚱(左) 新华社记者 张曼怡 制图"
    assert parse_caption(text).text == "澜沧江畔的蚂蚱(左)"


_WIRE_PAGE = (
    "Xinhua Photo Daily | Aug. 15, 2022\n\n"
    "BEIJING, Aug. 15 (Xinhua) -- A selection of the best daily press photos from Xinhua.\n\n"
    "A visitor learns about specialties at the Uzbekistan booth in Xi'an, northwest China's"
    " Shaanxi Province, Aug. 14, 2022.\n\n"
    " The Sixth Silk Road International Exposition opened Sunday in Xi'an. (Xinhua/Li Yibo)\n\n"
    "Aerial photo taken on Aug. 13, 2022 shows the Baimahu Bridge in Huai'an of east China's"
    " Jiangsu Province. (Xinhua/Li Bo)\n"
)


def test_a_wire_caption_of_two_paragraphs_keeps_their_spacing() -> None:
    """The dated first paragraph and its context below: joined as printed, blank line and all."""
    from photoarchive.captions import parse_feature

    captions = parse_feature(_WIRE_PAGE).captions
    assert captions[0].text.endswith(
        "Province, Aug. 14, 2022.\n\n The Sixth Silk Road International Exposition opened"
        " Sunday in Xi'an."
    )
    assert captions[1].text.startswith("Aerial photo taken on Aug. 13, 2022")
    assert len(captions) == 2


def test_a_chinese_caption_keeps_one_paragraph_a_line() -> None:
    """Chinese web copies indent and space out every paragraph: layout, not the caption's."""
    text = "梨园景区的打铁花表演。\n\n  当日是中秋假期第二天。\n新华社发(崔猛 摄)"
    assert parse_caption(text).text == "梨园景区的打铁花表演。\n当日是中秋假期第二天。"


def test_a_web_editors_tag_is_neither_caption_nor_credit() -> None:
    """(晓航/编制): the web editor who compiled the page, not who took the picture."""
    parsed = parse_caption("图:犯罪嫌疑人身上藏有凶器。 (晓航/编制)")
    assert parsed.text == "犯罪嫌疑人身上藏有凶器。"
    assert parsed.credit.as_printed == ""
    tagged = parse_caption("市民在公园赏花。 张三 摄 (编辑 李四)")
    assert tagged.text == "市民在公园赏花。"
    assert _who("市民在公园赏花。 张三 摄 (编辑 李四)") == [("张三", "person", None)]


def test_an_editorial_office_handing_out_a_picture_is_a_credit() -> None:
    assert _who("市民在公园赏花。(编辑部供图)") == [("编辑部", "organization", None)]


_POY = (
    "GLOBAL-POY/ Ivan Alvarado / Reuters A rainbow is seen in Santiago, Chile October 24, 2019."
    ' REUTERS/Ivan Alvarado/File Photo SEARCH "GLOBAL POY" FOR THIS STORY. SEARCH "REUTERS POY"'
    " FOR ALL BEST OF 2019 PACKAGES. TPX IMAGES OF THE DAY."
)


def test_reuters_slug_and_search_instructions() -> None:
    """The wire slug with its credit opens the text; SEARCH … and TPX … are instructions."""
    parsed = parse_caption(_POY)
    assert parsed.text == "A rainbow is seen in Santiago, Chile October 24, 2019."
    assert _who(_POY) == [("Ivan Alvarado", "person", "REUTERS")]
    assert [n.rstrip(".") for n in parsed.credit.usage_notes] == [
        'SEARCH "GLOBAL POY" FOR THIS STORY',
        'SEARCH "REUTERS POY" FOR ALL BEST OF 2019 PACKAGES',
        "TPX IMAGES OF THE DAY",
    ]


def test_a_capitalised_opening_is_no_slug() -> None:
    text = "U.S.-CHINA talks resume in Geneva, May 10, 2025. REUTERS/Jane Doe"
    assert parse_caption(text).text == "U.S.-CHINA talks resume in Geneva, May 10, 2025."
    text = 'Fans cheer. REUTERS/Jane Doe. SEARCH "WORLD CUP" FOR THIS STORY'
    assert parse_caption(text).credit.usage_notes == ('SEARCH "WORLD CUP" FOR THIS STORY',)
