//! Every city's script: Korean, Arabic, Vietnamese and the rest, on screen,
//! on the slides, in the PDF and in every export, never as boxes.
//!
//! The pictures and the PDF are drawn with the fonts `.ci/run` installs
//! (Debian's Noto: fonts-noto-core, fonts-noto-cjk, fonts-noto-color-emoji).

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use unicode_normalization::UnicodeNormalization as _;

use carta::export::{ExportOptions, Format, export};
use carta::model::Document;
use carta::store;

use crate::support::{harness_sized, harness_with, nav, settle, test_options};

/// A line in each script the campaign's cities write, as they write it.
pub const SAMPLES: [(&str, &str); 16] = [
    ("Korean", "광주광역시 인권 도시: 모든 시민의 존엄"),
    ("Japanese", "人権都市ひろしま すべての人の尊厳を守る"),
    ("Chinese (simplified)", "人权城市 每个人的尊严与平等"),
    ("Chinese (traditional)", "人權城市 每個人的尊嚴與平等"),
    ("Arabic", "مدينة تطوان لحقوق الإنسان"),
    ("Arabic with marks", "جزءًا من كرامة الإنسان وحقوقه"),
    ("Persian", "شهر حقوق بشر برای همه شهروندان"),
    ("Hebrew", "עיר זכויות האדם לכל התושבים"),
    ("Hindi", "मानवाधिकार शहर सभी नागरिकों के लिए"),
    ("Bengali", "মানবাধিকার শহর সবার জন্য"),
    ("Thai", "เมืองสิทธิมนุษยชนเพื่อทุกคน"),
    ("Vietnamese", "Thành phố Hồ Chí Minh vì quyền con người"),
    ("Russian", "Город прав человека для всех жителей"),
    ("Greek", "Πόλη ανθρωπίνων δικαιωμάτων για όλους"),
    ("Amharic", "የሰብአዊ መብቶች ከተማ ለሁሉም"),
    ("Emoji", "🏙️ 🤝 ✊🏽 🌍 🕊️"),
];

/// The sample profile with a program per script: its title the line, its
/// summary the line twice.
fn every_script() -> Document {
    let mut document = store::embedded_profile();
    let lang = document.main_language().to_owned();
    let template = document.programs[0].clone();
    for (name, line) in SAMPLES {
        let mut program = template.clone();
        program.id = document.allocate_program_id();
        program.visibility = carta::model::Visibility::Public;
        program.title.set(&lang, line);
        program
            .summary
            .set(&lang, format!("{name}: {line} — {line}"));
        document.policies.areas[0].programs.push(program.id);
        document.programs.push(program);
    }
    document
}

/// Gwangju, Tetouan and Ho Chi Minh City in one profile: a Korean name, an
/// Arabic policy area, Vietnamese and Korean programs.
fn three_cities() -> Document {
    let mut document = store::embedded_profile();
    let lang = document.main_language().to_owned();
    document.city.name.set(&lang, "광주광역시");
    document.city.qualifier.set(&lang, "대한민국");
    let area = &mut document.policies.areas[0];
    area.title.set(&lang, "مدينة تطوان لحقوق الإنسان");
    area.description.set(
        &lang,
        "تعمل المدينة على ضمان الحق في السكن والتعليم لجميع السكان، مع برنامج UNESCO للمدن الشاملة منذ 2022.\n\n\
         - Thành phố Hồ Chí Minh: quyền được học tập và chăm sóc sức khỏe.\n\
         - 광주 인권 헌장: 모든 시민의 존엄과 평등.",
    );
    document.vision.prose.set(
        &lang,
        "مدينة تطوان مدينة لحقوق الإنسان: نعمل من أجل الكرامة والمساواة لكل السكان منذ 2022.\n\nالسكن والتعليم والصحة حقوق للجميع.",
    );
    document.programs[0]
        .title
        .set(&lang, "Trung tâm trợ giúp pháp lý cho người di cư");
    document.programs[2].title.set(&lang, "광주 인권 옴부즈맨");
    document.programs[3].title.set(&lang, "برنامج السكن اللائق");
    document
}

#[test]
fn every_script_round_trips_through_the_file_and_every_export() {
    let folder = tempfile::tempdir().unwrap();
    let document = every_script();
    let path = folder.path().join("every-script.ron");
    store::save(&document, &path).unwrap();
    let loaded = store::load(&path).unwrap();
    assert_eq!(loaded, document, "the file keeps every script");
    for format in [Format::Txt, Format::Markdown, Format::Html, Format::Json] {
        let text = export(&loaded, format, &ExportOptions::default());
        assert_eq!(text, text.nfc().collect::<String>(), "{format:?} is NFC");
        for (name, line) in SAMPLES {
            let written = if format == Format::Json {
                serde_json::to_string(line).unwrap()
            } else {
                line.to_owned()
            };
            assert!(
                text.contains(written.trim_matches('"')),
                "{name} not in {format:?} as written"
            );
        }
    }
}

#[test]
fn the_page_marks_direction_and_language_of_its_blocks() {
    let mut document = three_cities();
    document.languages.push("ar".to_owned());
    document.languages.push("ko".to_owned());
    let html = export(&document, Format::Html, &ExportOptions::default());
    assert!(html.contains("<html lang=\"en\">"), "{}", &html[..200]);
    assert!(
        html.contains("<h3 dir=\"auto\" lang=\"ar\">1. مدينة تطوان لحقوق الإنسان</h3>")
            || html.contains("dir=\"auto\" lang=\"ar\">"),
        "the Arabic heading carries its language"
    );
    assert!(
        html.contains("dir=\"auto\" lang=\"ko\">"),
        "Korean blocks too"
    );
    assert!(
        html.contains("<p dir=\"auto\">"),
        "text blocks take dir=auto"
    );
}

/// Every script draws with real glyphs: egui is told to panic at a box.
#[test]
fn no_script_draws_as_boxes_on_screen() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(every_script(), None, folder.path());
    harness
        .ctx
        .set_missing_glyph_policy(egui::epaint::text::MissingGlyphPolicy::Panic);
    nav(&mut harness, "Programs");
    for (name, line) in SAMPLES {
        let galley = harness.ctx.fonts_mut(|fonts| {
            fonts.layout_no_wrap(
                line.to_owned(),
                egui::FontId::proportional(16.0),
                egui::Color32::BLACK,
            )
        });
        assert!(galley.size().x > 10.0, "{name} has width");
    }
    // The table and the slides draw them too, and none is missing a font.
    harness.run_steps(2);
    harness.key_press(Key::F5);
    settle(&mut harness);
    for _ in 0..40 {
        harness.key_press(Key::ArrowRight);
        harness.run_steps(1);
    }
    assert!(
        harness.state().alert_message().is_none(),
        "{:?}",
        harness.state().alert_message()
    );
}

#[test]
fn a_computer_without_fonts_for_a_script_says_what_to_install() {
    let folder = tempfile::tempdir().unwrap();
    let options = carta::app::Options {
        fonts: carta::text::fonts::Source::BuiltInOnly,
        ..test_options(folder.path())
    };
    // Boxes are what such a computer shows (kittest would rather panic).
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .allow_missing_glyphs()
        .build_eframe(move |cc| {
            let mut app = carta::app::CartaApp::new(three_cities(), None, options);
            app.setup(&cc.egui_ctx);
            app
        });
    settle(&mut harness);
    let alert = harness
        .state()
        .alert_message()
        .expect("the officer is told");
    assert!(alert.contains("Hangul"), "{alert}");
    assert!(alert.contains("fonts-noto-cjk"), "{alert}");
    harness.get_by_role_and_label(Role::Button, "OK").click();
    settle(&mut harness);
    // The Arabic policy area: a script not yet told about.
    nav(&mut harness, "Policies");
    let alert = harness.state().alert_message().expect("told about Arabic");
    assert!(alert.contains("Arabic"), "{alert}");
    assert!(alert.contains("fonts-noto-core"), "{alert}");
    assert!(
        !alert.contains("Hangul"),
        "Hangul was told already: {alert}"
    );
    harness.get_by_role_and_label(Role::Button, "OK").click();
    settle(&mut harness);
    // Told once: moving around never asks again.
    nav(&mut harness, "Programs");
    nav(&mut harness, "City");
    nav(&mut harness, "Policies");
    assert!(harness.state().alert_message().is_none());
}

/// The pictures an officer would judge: City, the program table, a policy
/// slide, with Korean, Arabic and Vietnamese, at three screen sizes.
#[test]
fn snapshots_of_three_cities_scripts() {
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(1.0)
        .max_failed_pixels(200);
    let mut results = egui_kittest::SnapshotResults::new();
    for (width, height) in [(1024.0, 600.0), (1366.0, 768.0), (1920.0, 1080.0)] {
        let folder = tempfile::tempdir().unwrap();
        let size = egui::vec2(width, height);
        let mut harness = harness_sized(three_cities(), None, test_options(folder.path()), size);
        harness.ctx.set_theme(egui::Theme::Light);
        harness
            .ctx
            .set_missing_glyph_policy(egui::epaint::text::MissingGlyphPolicy::Panic);
        settle(&mut harness);
        let tag = format!("{width}x{height}");
        harness.remove_cursor();
        harness.run_steps(1);
        harness.snapshot_options(format!("scripts_city_{tag}"), &options);
        nav(&mut harness, "Programs");
        harness.remove_cursor();
        harness.run_steps(1);
        harness.snapshot_options(format!("scripts_programs_{tag}"), &options);
        nav(&mut harness, "Vision");
        harness.remove_cursor();
        harness.run_steps(1);
        harness.snapshot_options(format!("scripts_vision_{tag}"), &options);
        nav(&mut harness, "Policies");
        harness.key_press(Key::F5);
        settle(&mut harness);
        let (slides, _) = harness.state().presented_slides().expect("presenting");
        let area = (slides.iter())
            .position(|s| s.heading().contains("مدينة تطوان"))
            .unwrap();
        for _ in 0..area {
            harness.key_press(Key::ArrowRight);
        }
        settle(&mut harness);
        harness.remove_cursor();
        harness.run_steps(1);
        harness.snapshot_options(format!("scripts_slide_{tag}"), &options);
        results.extend_harness(&mut harness);
    }
}

#[test]
fn the_slides_pdf_embeds_every_face_and_reads_back_every_script() {
    if !crate::support::have_poppler() {
        return;
    }
    use carta::model::slides::{Line, Slide};
    let folder = tempfile::tempdir().unwrap();
    // A slide per script: its name, then its line as a paragraph and a bullet.
    let slides: Vec<Slide> = SAMPLES
        .iter()
        .map(|(name, line)| Slide::Text {
            heading: format!("{name}: {line}"),
            lines: vec![
                Line::Paragraph(line.to_string()),
                Line::Bullet(line.to_string()),
            ],
            notes: String::new(),
        })
        .collect();
    for slide in &slides {
        for line in slide_lines(slide) {
            let block = carta::text::layout::set(
                carta::text::fonts::Source::System,
                &carta::text::layout::Request {
                    spans: &carta::text::inline::spans(&line),
                    size: 17.0,
                    width: 850.0,
                    line_height: 1.3,
                    align: carta::text::layout::Align::Start,
                    strong: false,
                },
            );
            assert!(
                block.missing.is_empty(),
                "no .notdef in {line:?}: {:?}",
                block.missing
            );
        }
    }
    let pdf = folder.path().join("every-script.pdf");
    std::fs::write(
        &pdf,
        carta::export::pdf::handout_pdf(&slides, "en", Default::default(), &Default::default())
            .unwrap(),
    )
    .unwrap();
    let fonts = std::process::Command::new("pdffonts")
        .arg(&pdf)
        .output()
        .unwrap();
    let fonts = String::from_utf8_lossy(&fonts.stdout);
    assert!(fonts.lines().count() > 6, "a face per script:\n{fonts}");
    assert!(
        fonts.lines().skip(2).all(|line| line.contains(" yes ")),
        "every font embedded:\n{fonts}"
    );
    let read = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    // pdftotext marks right-to-left lines with embedding controls; the text is
    // what is between them.
    let read = String::from_utf8_lossy(&read.stdout)
        .nfc()
        .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}'))
        .collect::<String>();
    for (name, line) in SAMPLES {
        if name == "Emoji" {
            continue; // pdftotext drops variation selectors; checked by glyphs above.
        }
        assert!(
            read.contains(line),
            "{name}: {line:?} not read back from\n{read}"
        );
    }
}

fn slide_lines(slide: &carta::model::slides::Slide) -> Vec<String> {
    use carta::model::slides::{Line, Slide};
    let mut lines = vec![slide.heading().to_owned()];
    match slide {
        Slide::Title { lines: more, .. } => lines.extend(more.iter().cloned()),
        Slide::Text { lines: more, .. } => lines.extend(more.iter().map(|line| match line {
            Line::Paragraph(text) | Line::Bullet(text) => text.clone(),
        })),
        Slide::Bars { bars, .. } => lines.extend(bars.iter().map(|(label, _)| label.clone())),
        Slide::Closing { thanks, .. } => lines.push(thanks.clone()),
        Slide::Chart { .. } => {}
    }
    lines
}

/// Click at the end of the first line of an Arabic text and type: the
/// letters land at the end of that line, not in the next paragraph.
#[test]
fn typing_at_the_end_of_an_arabic_line_lands_there() {
    let folder = tempfile::tempdir().unwrap();
    let mut document = store::embedded_profile();
    let lang = document.main_language().to_owned();
    document
        .vision
        .prose
        .set(&lang, "مدينة تطوان\nحقوق الإنسان للجميع");
    let mut harness = harness_with(document, None, folder.path());
    nav(&mut harness, "Vision");
    let field = harness.get_by_label("Vision text").rect();
    // The first line's row, well to the left of its last letter: a
    // right-to-left line ends at its left.
    let at = egui::pos2(field.left() + 30.0, field.top() + 18.0);
    harness.drag_at(at);
    harness.drop_at(at);
    settle(&mut harness);
    harness.get_by_label("Vision text").type_text("ية");
    settle(&mut harness);
    assert_eq!(
        harness.state().document().vision.prose.get(&lang),
        "مدينة تطوانية\nحقوق الإنسان للجميع"
    );
    // The field reads as the text does: no second copy under it.
    assert!(harness.query_by_label("As it reads:").is_none());
}

/// The first Arabic letter typed into a Latin field keeps the field focused:
/// the next letters land in it too.
#[test]
fn typing_arabic_into_a_field_keeps_the_focus() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    let lang = harness.state().document().main_language().to_owned();
    let name = harness.get_by_label("City name");
    name.focus();
    settle(&mut harness);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    harness.get_by_label("City name").type_text("ت");
    settle(&mut harness);
    for letter in ["ط", "و", "ا", "ن"] {
        harness.event(egui::Event::Text(letter.to_owned()));
        settle(&mut harness);
    }
    assert_eq!(harness.state().document().city.name.get(&lang), "تطوان");
}

#[test]
fn nested_lists_and_their_paragraphs_each_say_their_direction() {
    let mut document = store::embedded_profile();
    let lang = document.main_language().to_owned();
    document.policies.areas[0].description.set(
        &lang,
        "- First item\n\n  With a second paragraph.\n\n  - مدينة تطوان لحقوق الإنسان\n- UNESCO برنامج للمدن الشاملة في المغرب",
    );
    document.languages.push("ar".to_owned());
    let html = export(&document, Format::Html, &ExportOptions::default());
    let opened = html.matches("<li dir=\"auto\"").count() + html.matches("<p dir=\"auto\"").count();
    let closed = html.matches("</li>").count() + html.matches("</p>").count();
    assert_eq!(opened, closed, "{html}");
    assert!(
        html.contains("<li dir=\"auto\" lang=\"ar\">مدينة تطوان"),
        "{html}"
    );
    assert!(
        html.contains("lang=\"ar\">UNESCO برنامج"),
        "most letters decide the language: {html}"
    );
    assert!(!html.contains("<li>") && !html.contains("<p>"), "{html}");
}

/// What the screen shows of `text`, character by character, left to right,
/// as egui lays it out (with the computer's fonts).
fn drawn(text: &str) -> String {
    let ctx = egui::Context::default();
    carta::ui::fonts::install(&ctx, carta::text::fonts::Source::System);
    let mut seen = String::new();
    let mut output = ctx.run_ui(Default::default(), |ui| {
        let spans = carta::text::inline::spans(text);
        let galley = carta::ui::text::display_galley(ui, &spans, f32::INFINITY, false, &|_| {
            egui::TextFormat::simple(egui::FontId::proportional(16.0), egui::Color32::BLACK)
        });
        let mut rows: Vec<_> = galley.rows.iter().collect();
        rows.sort_by(|a, b| a.pos.y.total_cmp(&b.pos.y));
        for row in rows {
            // egui adds zero-width glyphs after a right-to-left cluster for its cursor.
            let mut glyphs: Vec<_> = (row.row.glyphs.iter())
                .filter(|g| g.advance_width > 0.0)
                .collect();
            glyphs.sort_by(|a, b| a.pos.x.total_cmp(&b.pos.x));
            seen.extend(glyphs.iter().map(|g| g.chr));
        }
    });
    output.textures_delta.clear();
    seen
}

/// Right-to-left text on screen, checked on the glyphs egui places: brackets
/// face the right way, a comma follows its word, digits read left to right.
#[test]
fn right_to_left_text_is_drawn_in_the_order_it_is_read() {
    // Each expectation is what the eye sees from left to right.
    let rev = |word: &str| word.chars().rev().collect::<String>();
    let cases = [
        (
            "مدينة (تطوان)",
            format!("({}) {}", rev("تطوان"), rev("مدينة")),
        ),
        (
            "البلديات، والدولة",
            format!("{} ،{}", rev("والدولة"), rev("البلديات")),
        ),
        ("شهر ۱۲ ماه", format!("{} ۱۲ {}", rev("ماه"), rev("شهر"))),
        ("منذ ٢٠٢٢.", format!(".٢٠٢٢ {}", rev("منذ"))),
        ("עיר [חינוך]", format!("[{}] {}", rev("חינוך"), rev("עיר"))),
    ];
    for (text, expected) in cases {
        let seen = drawn(text);
        // Ligatures draw two letters as one glyph and a zero-width one: compare letters only.
        let letters = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        assert_eq!(letters(&seen), letters(&expected), "{text}");
    }
}

/// Lines whose clusters a PDF reader gets wrong when they are not given
/// their text glyph by glyph: Thai vowels over or under their consonant
/// (moved clear of a tall one, or the face's own glyph set inside it) and
/// ำ drawn in two pieces, Devanagari's and Bengali's vowel signs (one
/// drawn before its consonant or conjunct, ো drawn on both sides),
/// Arabic with its marks and lam-alef, Persian with a zero-width
/// non-joiner, Vietnamese with two marks on a letter.
const CLUSTERED: [(&str, &str); 11] = [
    ("Thai", "การฝึกอบรมภายใน"),
    ("Thai", "เมืองสิทธิมนุษยชนเพื่อทุกคน"),
    ("Thai", "คำ น้ำ คน ครู ดี"),
    ("Hindi", "मानव अधिकार शहर"),
    ("Hindi", "मानवाधिकार शहर सभी नागरिकों के लिए"),
    ("Hindi", "व्यक्ति स्थिति कि आर्थिक किताब"),
    ("Bengali", "মানবাধিকার শহর সবার জন্য"),
    ("Bengali", "কোন কথা কখন কে"),
    ("Arabic", "جزءًا من كرامة الإنسان وحقوقه"),
    ("Persian", "می‌شود شهر خوب"),
    ("Vietnamese", "Thành phố Hồ Chí Minh vì quyền con người"),
];

/// A mark inside a ligature (the fatha of لَا, drawn with lam-alef as one
/// glyph): readers that read by place read it where it is.
const MARK_IN_A_LIGATURE: &str = "مُحَمَّد لَا محمد";

/// The handout of a profile whose vision is written in those scripts, as
/// `carta export --to slides-pdf` writes it, read back by readers Carta
/// does not write, spaces compared:
/// - poppler's `pdftotext` (Evince's and Okular's search) reads each line;
/// - poppler's structure reader (`pdfinfo -struct-text`, which takes the
///   glyphs of each tagged paragraph in drawing order) reads each
///   paragraph, up to what has no glyph of its own: the zero-width joiners
///   that square a span's ends and the Persian non-joiner are invisible,
///   and ำ reads as its two pieces (the same text, compatibility-wise);
/// - pdfminer.six (no bidi, no actual text) finds a text for every glyph
///   and reads no letter twice;
/// - and pdfua finds no PDF/UA-1 error.
#[test]
fn the_handout_reads_back_every_cluster_exactly_and_is_pdf_ua() {
    if !crate::support::have_poppler() {
        return;
    }
    let folder = tempfile::tempdir().unwrap();
    let mut lines: Vec<&str> = CLUSTERED.iter().map(|(_, line)| *line).collect();
    lines.push(MARK_IN_A_LIGATURE);
    let pdf = handout_of_vision(folder.path(), None, &lines);

    let read = pdftotext(&pdf);
    for line in lines {
        assert!(read.contains(line), "{line:?} not read back from\n{read}");
    }
    let tree: Vec<String> = structure_text(&pdf).iter().map(|t| as_seen(t)).collect();
    for (name, line) in CLUSTERED {
        assert!(
            tree.contains(&as_seen(line)),
            "{name}: {line:?} not a paragraph of the structure tree:\n{tree:#?}"
        );
    }

    let (Ok(pdf2txt), Ok(pdfua)) = (std::env::var("CARTA_PDF2TXT"), std::env::var("CARTA_PDFUA"))
    else {
        eprintln!("skipped pdfminer.six and pdfua: not installed (scripts/test installs them)");
        return;
    };
    // What a screen reader is given for each paragraph.
    let actual = structure_actual_texts(&pdfua, &pdf);
    for (name, line) in CLUSTERED {
        assert!(
            actual.iter().any(|text| text == line),
            "{name}: {line:?} not the actual text of a paragraph:\n{actual:#?}"
        );
    }

    let mined = std::process::Command::new(pdf2txt)
        .arg(&pdf)
        .output()
        .unwrap();
    assert!(mined.status.success());
    let mined: String = String::from_utf8_lossy(&mined.stdout).nfc().collect();
    assert!(
        !mined.contains("(cid:"),
        "a glyph without its text:\n{mined}"
    );
    // No letter read twice: pdfminer reads each glyph's own text.
    for twice in ["ฝึฝึ", "มมื", "धिधि", "রিরি", "কোকো", "لَاَ", "स्थिस्थि"]
    {
        assert!(!mined.contains(twice), "{twice} in\n{mined}");
    }
    assert!(
        as_seen(&mined).contains("جزءًا من كرامة الإنسان وحقوقه"),
        "{mined}"
    );

    let checked = std::process::Command::new(pdfua)
        .arg("check")
        .arg(&pdf)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&checked.stdout);
    assert!(checked.status.success(), "pdfua found errors:\n{said}");
    assert!(said.contains("errors=0"), "{said}");
}

/// Tetouan's handout: a profile written in Arabic, whose pages poppler
/// reads right to left. `pdftotext` reads a line with marks and lam-alef
/// exactly, and the words and numbers of a line with numbers in their
/// order, with as many spaces: poppler moves the space on a number's left
/// into the number's run ("منذ  ٢٠٢٤في") and reads a heading's "3." as
/// ".3" (a full stop belongs to no direction, and poppler keeps it with
/// the number in the order seen), whatever the PDF holds, so where those
/// fall is not compared. The structure tree holds every line exactly.
#[test]
fn an_arabic_handout_reads_back_in_order_with_its_numbers() {
    if !crate::support::have_poppler() {
        return;
    }
    let folder = tempfile::tempdir().unwrap();
    let lines = [
        "جزءًا من كرامة الإنسان وحقوقه",
        "منذ ٢٠٢٤ في المدينة",
        "مدينة تطوان مع UN منذ 2022",
        "3. التعليم للجميع",
    ];
    let pdf = handout_of_vision(folder.path(), Some("تطوان"), &lines);
    let read = pdftotext(&pdf);
    assert!(read.contains(lines[0]), "{read}");
    let spaces = |line: &str| line.chars().filter(|c| *c == ' ').count();
    let letters = |line: &str| line.chars().filter(|c| *c != ' ').collect::<String>();
    for line in &lines[1..3] {
        let found = read
            .lines()
            .any(|got| letters(got) == letters(line) && spaces(got.trim_end()) == spaces(line));
        assert!(found, "{line:?} not read in order from\n{read}");
    }
    let tree: Vec<String> = structure_text(&pdf).iter().map(|t| as_seen(t)).collect();
    for line in lines {
        assert!(tree.contains(&as_seen(line)), "{line:?}: {tree:#?}");
    }
}

/// `text` as a reader sees it: in compatibility form (ำ and its two
/// pieces alike), without the zero-width characters that show nothing.
fn as_seen(text: &str) -> String {
    text.nfkc()
        .filter(|c| !matches!(c, '\u{200B}'..='\u{200D}'))
        .collect()
}

/// The slides PDF of the San Antonio example with its vision in `lines`,
/// a paragraph each (and its city renamed `city`), as the command line
/// exports it into `folder`.
fn handout_of_vision(
    folder: &std::path::Path,
    city: Option<&str>,
    lines: &[&str],
) -> std::path::PathBuf {
    let mut document = store::embedded_profile();
    let lang = document.main_language().to_owned();
    document.vision.form = carta::model::VisionForm::Prose;
    document.vision.prose.set(&lang, lines.join("\n\n"));
    if let Some(city) = city {
        document.city.name.set(&lang, city.to_owned());
    }
    let profile = folder.join("clusters.ron");
    store::save(&document, &profile).unwrap();
    let pdf = folder.join("clusters.pdf");
    let status = crate::support::carta_command()
        .arg("export")
        .arg(&profile)
        .args(["--to", "slides-pdf", "-o"])
        .arg(&pdf)
        .status()
        .unwrap();
    assert!(status.success());
    pdf
}

/// What `pdftotext` reads from `pdf`, without the embedding controls it
/// marks right-to-left runs with.
fn pdftotext(pdf: &std::path::Path) -> String {
    let read = std::process::Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8_lossy(&read.stdout)
        .nfc()
        .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .collect()
}

/// The text of each paragraph and heading of `pdf`'s structure tree as
/// poppler's `pdfinfo -struct-text` reads it: the glyphs of its marked
/// content, in drawing order, joined.
fn structure_text(pdf: &std::path::Path) -> Vec<String> {
    let out = std::process::Command::new("pdfinfo")
        .arg("-struct-text")
        .arg(pdf)
        .output()
        .unwrap();
    let mut texts: Vec<String> = Vec::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let line = line.trim();
        if let Some(piece) = line.strip_prefix('"').and_then(|l| l.strip_suffix('"')) {
            if let Some(text) = texts.last_mut() {
                text.push_str(piece);
            }
        } else if line != "Span (inline)" {
            texts.push(String::new());
        }
    }
    texts.into_iter().map(|text| text.nfc().collect()).collect()
}

/// The text each element of `pdf`'s structure tree gives a screen reader
/// (its /ActualText), read with pikepdf from the venv scripts/test makes
/// for `pdfua`. (Poppler's structure reader reads the glyphs instead.)
fn structure_actual_texts(pdfua: &str, pdf: &std::path::Path) -> Vec<String> {
    let python = std::path::Path::new(pdfua).with_file_name("python3");
    let script = r#"
import sys, pikepdf
pdf = pikepdf.open(sys.argv[1])
def walk(node):
    if isinstance(node, pikepdf.Array):
        for kid in node: walk(kid)
        return
    if not isinstance(node, pikepdf.Dictionary): return
    if "/ActualText" in node: print(str(node.ActualText))
    if "/K" in node: walk(node.K)
walk(pdf.Root.StructTreeRoot)
"#;
    let out = std::process::Command::new(python)
        .args(["-c", script])
        .arg(pdf)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|line| line.nfc().collect())
        .collect()
}

/// Emoji an officer writes come in one style, the computer's colour font:
/// a thumb and a smile (which monochrome families listed first draw too),
/// a woman teacher (a ZWJ sequence) and a raised fist with its skin tone,
/// each one picture. The interface's own icons stay monochrome, in the
/// colour of the text around them.
#[test]
fn the_officers_emoji_are_whole_and_in_colour_and_the_icons_stay_monochrome() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = harness_with(store::embedded_profile(), None, folder.path());
    settle(&mut harness);
    let white = egui::Color32::WHITE;
    let content = carta::ui::fonts::content_font(16.0);
    let galley = harness
        .ctx
        .fonts_mut(|fonts| fonts.layout_no_wrap("👍 😀 👩‍🏫 ✊🏽".to_owned(), content, white));
    let drawn: Vec<&egui::epaint::text::Glyph> = (galley.rows[0].row.glyphs.iter())
        .filter(|glyph| !glyph.uv_rect.is_nothing())
        .collect();
    assert_eq!(drawn.len(), 4, "four pictures: {drawn:#?}");
    assert!(drawn.iter().all(|glyph| glyph.is_color), "{drawn:#?}");
    let icon = harness.ctx.fonts_mut(|fonts| {
        fonts.layout_no_wrap("🗑".to_owned(), egui::FontId::proportional(16.0), white)
    });
    assert!(!icon.rows[0].row.glyphs[0].is_color, "the icon is tinted");
}

/// Characters that put a shaper and the handout's text mapping to work: a
/// vowel sign with no letter (drawn on a dotted circle), signs drawn before
/// or around their letter, marks on marks, lam-alef, joiners, isolates,
/// emoji sequences, mirrored brackets.
const HARD_CHARACTERS: [char; 44] = [
    'অ', 'া', 'ে', 'ো', 'ক', '্', 'য', 'र', 'ि', 'क', 'स', 'थ', 'ं', 'ก', 'ำ', '้', 'ุ', 'ม', 'ื', 'ل',
    'ا', 'َ', 'ّ', 'م', 'ء', 'ً', 'ی', '\u{200C}', '\u{200D}', '\u{2068}', '\u{2069}', '\u{061C}',
    '\u{00AD}', ' ', '(', ')', '1', '٢', 'a', '\u{0301}', '👩', '🏫', '\u{FE0F}', '\u{25CC}',
];

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// Whatever an officer writes, in whatever order, the handout is made:
    /// no text makes the export fail or panic.
    #[test]
    fn any_text_makes_a_handout(
        lines in proptest::collection::vec(
            proptest::collection::vec(proptest::sample::select(&HARD_CHARACTERS[..]), 1..24),
            1..4,
        )
    ) {
        use carta::model::slides::{Line, Slide};
        let lines: Vec<String> = lines.into_iter().map(String::from_iter).collect();
        let slides = [Slide::Text {
            heading: lines[0].clone(),
            lines: lines.iter().cloned().map(Line::Paragraph).collect(),
            notes: String::new(),
        }];
        let pdf = carta::export::pdf::handout_pdf(
            &slides,
            "en",
            Default::default(),
            &Default::default(),
        );
        proptest::prop_assert!(pdf.is_ok_and(|pdf| pdf.starts_with(b"%PDF")), "{lines:?}");
    }
}
