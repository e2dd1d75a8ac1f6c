//! Arabic, Persian and Hebrew edited as they are read: typed, moved through
//! with the arrows on screen, selected across a change of direction,
//! deleted and undone, the document holding exactly what the officer sees.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use carta::app::CartaApp;
use carta::store;

use crate::support::{harness_with, nav, settle};

/// The vision's text as the document holds it.
fn vision(harness: &Harness<'_, CartaApp>) -> String {
    let document = harness.state().document();
    document
        .vision
        .prose
        .get(document.main_language())
        .to_owned()
}

fn press(harness: &mut Harness<'_, CartaApp>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    settle(harness);
}

/// Where the caret was last drawn, left to right on screen.
fn caret_x(harness: &Harness<'_, CartaApp>) -> f32 {
    carta::ui::caret_drawn(&harness.ctx)
        .expect("a caret drawn")
        .center()
        .x
}

/// Types `sentence` into the empty Vision text, letter by letter as a
/// keyboard sends them, and walks through it as the story does.
fn edit_as_read(sentence: &str, last_word: &str) {
    let folder = tempfile::tempdir().unwrap();
    let mut document = store::embedded_profile();
    let lang = document.main_language().to_owned();
    document.vision.form = carta::model::VisionForm::Prose;
    document.vision.prose.set(&lang, "");
    let mut harness = harness_with(document, None, folder.path());
    nav(&mut harness, "Vision");
    harness.get_by_label("Vision text").focus();
    settle(&mut harness);
    // The first letter goes to egui's field, the rest to the one that
    // edits right to left: the focus stays, nothing is lost.
    for letter in sentence.chars() {
        harness.event(egui::Event::Text(letter.to_string()));
        harness.step();
    }
    settle(&mut harness);
    assert_eq!(vision(&harness), sentence, "typed");

    // The caret is after the last letter: in a right-to-left line, at its
    // left. Right moves it right, back into the last word, one letter.
    let at_end = caret_x(&harness);
    press(&mut harness, Modifiers::NONE, Key::ArrowRight);
    let one_back = caret_x(&harness);
    assert!(
        one_back > at_end,
        "Right moved the caret right: {at_end} → {one_back}"
    );
    press(&mut harness, Modifiers::NONE, Key::ArrowLeft);
    assert!((caret_x(&harness) - at_end).abs() < 0.5, "Left came back");

    // Shift+Ctrl+Right selects the last word, on the right of the caret;
    // Delete takes it away, and nothing else.
    press(
        &mut harness,
        Modifiers::SHIFT | Modifiers::COMMAND,
        Key::ArrowRight,
    );
    press(&mut harness, Modifiers::NONE, Key::Delete);
    let kept = sentence
        .strip_suffix(last_word)
        .expect("the sentence ends with the word");
    assert_eq!(vision(&harness), kept, "the last word deleted");

    // Undo, as in every field: the document's own.
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(vision(&harness), sentence, "undone");

    // Across the direction changes: from the end, Shift+Ctrl+Right three
    // times reaches over the last word, the space, the number (written
    // left to right) and the word before it, up to the Latin acronym;
    // Backspace deletes what is selected, and nothing else.
    press(&mut harness, Modifiers::COMMAND, Key::End);
    for _ in 0..3 {
        press(
            &mut harness,
            Modifiers::SHIFT | Modifiers::COMMAND,
            Key::ArrowRight,
        );
    }
    press(&mut harness, Modifiers::NONE, Key::Backspace);
    let up_to_acronym = &sentence[..sentence.find("UN ").expect("an acronym") + 3];
    assert_eq!(
        vision(&harness),
        up_to_acronym,
        "selected across directions"
    );
}

#[test]
fn arabic_with_a_number_and_an_acronym_is_edited_as_it_is_read() {
    edit_as_read("مدينة تطوان مع UN منذ 2030 للجميع", "للجميع");
}

#[test]
fn persian_is_edited_as_it_is_read() {
    edit_as_read("شهر حقوق بشر با UN از 2030 همگانی", "همگانی");
}

#[test]
fn hebrew_is_edited_as_it_is_read() {
    edit_as_read("עיר זכויות האדם עם UN מאז 2030 לכולם", "לכולם");
}

/// Tétouan's profile in Arabic: the City panel's fields and a program open
/// in the editor, its title and summary in Arabic with a number and an
/// acronym, at the three sizes.
#[test]
fn arabic_city_and_programs_at_three_sizes() {
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(1.0)
        .max_failed_pixels(200);
    let mut results = egui_kittest::SnapshotResults::new();
    for (width, height) in [(1024.0, 600.0), (1366.0, 768.0), (1920.0, 1080.0)] {
        let folder = tempfile::tempdir().unwrap();
        let mut document = store::embedded_profile();
        let lang = document.main_language().to_owned();
        document.city.name.set(&lang, "تطوان");
        document.city.country.set(&lang, "المغرب");
        document.city.leader.title.set(&lang, "رئيس المجلس الجماعي");
        let program = &mut document.programs[0];
        program.title.set(&lang, "تكوين داخلي في حقوق الإنسان");
        program.summary.set(
            &lang,
            "برنامج تكوين لموظفي الجماعة مع UNESCO منذ 2022، يشمل 40 ساعة في السنة.",
        );
        let id = program.id;
        let size = egui::vec2(width, height);
        let options_for = crate::support::test_options(folder.path());
        let mut harness = crate::support::harness_sized(document, None, options_for, size);
        harness.ctx.set_theme(egui::Theme::Light);
        settle(&mut harness);
        let tag = format!("{width}x{height}");
        harness.remove_cursor();
        harness.run_steps(1);
        harness.snapshot_options(format!("arabic_city_{tag}"), &options);
        harness.state_mut().focus_program(id);
        nav(&mut harness, "Programs");
        harness.remove_cursor();
        harness.run_steps(1);
        harness.snapshot_options(format!("arabic_programs_{tag}"), &options);
        results.extend_harness(&mut harness);
    }
}

/// Cut puts a selected word on the clipboard and takes it out; Paste puts
/// text where the caret is; a one-line field takes no line break.
#[test]
fn a_word_is_cut_and_pasted_text_lands_at_the_caret() {
    let folder = tempfile::tempdir().unwrap();
    let mut document = store::embedded_profile();
    let lang = document.main_language().to_owned();
    document.city.name.set(&lang, "مدينة تطوان");
    let mut harness = harness_with(document, None, folder.path());
    harness.get_by_label("City name").focus();
    settle(&mut harness);
    // The first word reads first, at the right of a right-to-left line:
    // from the text's start, Shift+Ctrl+Left selects it.
    press(&mut harness, Modifiers::COMMAND, Key::Home);
    press(
        &mut harness,
        Modifiers::SHIFT | Modifiers::COMMAND,
        Key::ArrowLeft,
    );
    harness.event(egui::Event::Cut);
    harness.step();
    let copied: Vec<String> = (harness.output().platform_output.commands.iter())
        .filter_map(|command| match command {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
        .collect();
    settle(&mut harness);
    let name = |harness: &Harness<'_, CartaApp>| {
        harness.state().document().city.name.get(&lang).to_owned()
    };
    assert_eq!(name(&harness).trim(), "تطوان", "the first word cut");
    assert_eq!(copied, ["مدينة"]);
    press(&mut harness, Modifiers::COMMAND, Key::End);
    harness.event(egui::Event::Paste(" الجميلة\nحقا".to_owned()));
    settle(&mut harness);
    assert_eq!(name(&harness).trim_start(), "تطوان الجميلة حقا");
}

/// Two clicks on a word select it, whatever its direction. (The test
/// harness's frames are further apart than a double click's clicks: the
/// delay it allows is made longer.)
#[test]
fn two_clicks_select_a_word() {
    let folder = tempfile::tempdir().unwrap();
    let mut document = store::embedded_profile();
    let lang = document.main_language().to_owned();
    document.city.name.set(&lang, "مدينة تطوان");
    let mut harness = harness_with(document, None, folder.path());
    harness
        .ctx
        .options_mut(|options| options.input_options.max_double_click_delay = 5.0);
    let field = harness.get_by_label("City name").rect();
    // The first word reads first, at the right of a right-to-left line.
    let pos = egui::pos2(field.right() - 25.0, field.center().y);
    harness.event(egui::Event::PointerMoved(pos));
    for pressed in [true, false, true, false] {
        harness.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    settle(&mut harness);
    press(&mut harness, Modifiers::NONE, Key::Delete);
    let name = harness.state().document().city.name.get(&lang).to_owned();
    assert_eq!(name.trim(), "تطوان");
}

/// The longest text a field takes (100,000 letters of Arabic, far taller
/// than any image a graphics card takes) is shown and edited: only what is
/// in sight is drawn.
#[test]
fn the_longest_arabic_text_is_shown_and_edited() {
    let folder = tempfile::tempdir().unwrap();
    let mut document = store::embedded_profile();
    let lang = document.main_language().to_owned();
    document.vision.form = carta::model::VisionForm::Prose;
    let sentence = "مدينة تطوان لحقوق الإنسان منذ 2022. ";
    let text: String = sentence
        .chars()
        .cycle()
        .take(carta::model::MAX_TEXT_CHARS - 1)
        .collect();
    document.vision.prose.set(&lang, text.clone());
    let mut harness = harness_with(document, None, folder.path());
    nav(&mut harness, "Vision");
    harness.get_by_label("Vision text").focus();
    settle(&mut harness);
    press(&mut harness, Modifiers::COMMAND, Key::End);
    harness.event(egui::Event::Text("ة".to_owned()));
    harness.event(egui::Event::Text("ب".to_owned()));
    settle(&mut harness);
    // One letter more fits; the next is refused at the limit.
    assert_eq!(vision(&harness), format!("{text}ة"));
}

/// The first Arabic letter typed inside a Latin text turns the field into
/// the right-to-left one with the caret where it was: the next letters
/// follow it, inside the brackets.
#[test]
fn the_caret_stays_where_it_was_when_the_field_turns_right_to_left() {
    let folder = tempfile::tempdir().unwrap();
    let mut document = store::embedded_profile();
    let lang = document.main_language().to_owned();
    document.city.name.set(&lang, "Tétouan ()");
    let mut harness = harness_with(document, None, folder.path());
    harness.get_by_label("City name").focus();
    settle(&mut harness);
    press(&mut harness, Modifiers::NONE, Key::End);
    press(&mut harness, Modifiers::NONE, Key::ArrowLeft);
    for letter in ["ت", "ط", "و", "ا", "ن"] {
        harness.event(egui::Event::Text(letter.to_owned()));
        settle(&mut harness);
    }
    let name = harness.state().document().city.name.get(&lang).to_owned();
    assert_eq!(name, "Tétouan (تطوان)");
}

/// A screen reader or voice input sets the text of a right-to-left field
/// through accessibility, as it does egui's own fields.
#[test]
fn accessibility_sets_the_text_of_a_right_to_left_field() {
    let folder = tempfile::tempdir().unwrap();
    let mut document = store::embedded_profile();
    let lang = document.main_language().to_owned();
    document.city.name.set(&lang, "مدينة");
    let mut harness = harness_with(document, None, folder.path());
    harness
        .get_by_label("City name")
        .set_text_value_accesskit("تطوان");
    settle(&mut harness);
    let name = harness.state().document().city.name.get(&lang).to_owned();
    assert_eq!(name, "تطوان");
    let told = harness.get_by_label("City name").value();
    assert_eq!(told.as_deref(), Some("تطوان"));
}

/// A one-line right-to-left text longer than its field scrolls sideways:
/// the caret stays in sight at the text's start (its right end), at its
/// end, and as the officer types there.
#[test]
fn a_long_right_to_left_line_scrolls_to_keep_the_caret_in_sight() {
    let folder = tempfile::tempdir().unwrap();
    let mut document = store::embedded_profile();
    let lang = document.main_language().to_owned();
    let long = "مدينة تطوان لحقوق الإنسان والكرامة والمساواة لجميع سكانها ".repeat(4);
    document.city.name.set(&lang, long.trim_end());
    let mut harness = harness_with(document, None, folder.path());
    let field = harness.get_by_label("City name").rect();
    harness.get_by_label("City name").focus();
    settle(&mut harness);
    let in_sight = |harness: &Harness<'_, CartaApp>, when: &str| {
        let x = caret_x(harness);
        assert!(
            field.left() <= x && x <= field.right(),
            "{when}: caret at {x}, field from {} to {}",
            field.left(),
            field.right()
        );
        x
    };
    press(&mut harness, Modifiers::COMMAND, Key::Home);
    settle(&mut harness);
    let start = in_sight(&harness, "at the start");
    press(&mut harness, Modifiers::COMMAND, Key::End);
    settle(&mut harness);
    let end = in_sight(&harness, "at the end");
    assert!(end < start, "the end is left of the start: {end} {start}");
    for letter in ["ا", "ل", "ع", "ر", "ب"] {
        harness.event(egui::Event::Text(letter.to_owned()));
        settle(&mut harness);
    }
    in_sight(&harness, "typing at the end");
    // Spaces typed at the end hang past the text: the caret after them too.
    for _ in 0..4 {
        harness.event(egui::Event::Text(" ".to_owned()));
        settle(&mut harness);
    }
    in_sight(&harness, "after spaces at the end");
    let name = harness.state().document().city.name.get(&lang).to_owned();
    assert!(name.trim_end().ends_with("العرب"), "{name}");
}

/// A screen reader reads a right-to-left field's text letter by letter and
/// follows its caret, as in egui's own fields: the text runs hold the text
/// in reading order, and the selection's focus is where the caret is.
#[test]
fn a_screen_reader_reads_the_text_and_follows_the_caret() {
    let folder = tempfile::tempdir().unwrap();
    let mut document = store::embedded_profile();
    let lang = document.main_language().to_owned();
    let name = "مدينة تطوان 2030";
    document.city.name.set(&lang, name);
    let mut harness = harness_with(document, None, folder.path());
    harness.get_by_label("City name").focus();
    settle(&mut harness);
    let caret = |harness: &Harness<'_, CartaApp>| {
        let field = harness.get_by_label("City name");
        let node = field.accesskit_node();
        assert_eq!(node.document_range().text(), name, "the text read");
        let run = node.children().next().expect("a text run");
        assert_eq!(
            run.data().text_direction(),
            Some(egui::accesskit::TextDirection::RightToLeft)
        );
        node.text_selection_focus()
            .expect("a caret told")
            .to_global_usv_index()
    };
    press(&mut harness, Modifiers::COMMAND, Key::End);
    assert_eq!(caret(&harness), name.chars().count(), "at the end");
    press(&mut harness, Modifiers::COMMAND, Key::Home);
    assert_eq!(caret(&harness), 0, "at the start");
    press(&mut harness, Modifiers::NONE, Key::ArrowLeft);
    assert_eq!(caret(&harness), 1, "Left goes on reading right to left");

    // A text of several lines reads line after line.
    let prose = "سطر أول من الرؤية\nوسطر ثان فيها";
    let lang = harness.state().document().main_language().to_owned();
    let mut document = harness.state().document().clone();
    document.vision.form = carta::model::VisionForm::Prose;
    document.vision.prose.set(&lang, prose);
    let mut harness = harness_with(document, None, folder.path());
    nav(&mut harness, "Vision");
    harness.get_by_label("Vision text").focus();
    settle(&mut harness);
    let field = harness.get_by_label("Vision text");
    assert_eq!(field.accesskit_node().document_range().text(), prose);
}
