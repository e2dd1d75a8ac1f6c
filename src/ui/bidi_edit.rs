//! A text field that edits right-to-left text as it is read.
//!
//! egui's `TextEdit` keeps one glyph per character, left to right: Arabic
//! typed into it reads backwards, unjoined. This field is used instead for
//! text holding right-to-left letters. Parley's `PlainEditor` keeps the text,
//! the selection and the layout: shaped (harfrust), ordered by the Unicode
//! Bidirectional Algorithm, wrapped by measured width, a right-to-left
//! paragraph flush right, the caret moving on screen (Left goes left),
//! Shift and the mouse selecting across direction changes. The glyphs are
//! drawn with vello_cpu into one texture per state of the text, so a frame
//! that only shows the field draws one image.
//!
//! What the rest of Carta relies on is kept: the field's id is the one a
//! `TextEdit` would have had in its place (the focus stays when the first
//! Arabic letter turns a field into this one), `changed()` on an edit, the
//! character limit, focus by keyboard, and the name and value screen
//! readers are given. Undo is the document's (Ctrl+Z), as in every field.

use std::sync::{Arc, Mutex};

use egui::{
    Color32, ColorImage, Event, EventFilter, Key, Margin, Pos2, Rect, Response, Sense, Stroke,
    TextureHandle, TextureOptions, Ui, Vec2, Widget, WidgetInfo, pos2, vec2,
};
use parley::editing::Generation;
use parley::{FontFamily, PlainEditor, PositionedLayoutItem, StyleProperty};
use skrifa::MetadataProvider as _;
use unicode_segmentation::UnicodeSegmentation as _;
use vello_cpu::kurbo::{Affine, BezPath};

use crate::text::bidi::is_rtl_paragraph;
use crate::text::fonts::{self, Source};

/// The brush parley carries per run (unused: one colour per field).
type Brush = [u8; 4];

/// Where Carta's fonts come from, told to the window by `ui::fonts::install`.
pub fn set_font_source(ctx: &egui::Context, source: Source) {
    ctx.data_mut(|data| data.insert_temp(source_id(), source));
}

fn source_id() -> egui::Id {
    egui::Id::unique("carta bidi edit font source")
}

fn caret_id() -> egui::Id {
    egui::Id::unique("carta bidi edit caret")
}

/// Where the caret of a right-to-left field was last drawn: for tests,
/// which cannot see the pixels of a blinking bar.
pub fn caret_drawn(ctx: &egui::Context) -> Option<Rect> {
    ctx.data(|data| data.get_temp(caret_id()))
}

/// A field over `text` that shows and edits it as it is read.
pub struct BidiEdit<'t> {
    text: &'t mut String,
    multiline: bool,
    width: f32,
    rows: usize,
    hint: String,
    margin: Margin,
    char_limit: usize,
}

impl<'t> BidiEdit<'t> {
    pub fn new(text: &'t mut String, multiline: bool) -> Self {
        Self {
            text,
            multiline,
            width: 280.0,
            rows: if multiline { 4 } else { 1 },
            hint: String::new(),
            // The room egui's own fields leave around their text (its theme's).
            margin: Margin::symmetric(8, 5),
            char_limit: usize::MAX,
        }
    }

    pub fn desired_width(mut self, width: f32) -> Self {
        self.width = width;
        self
    }

    pub fn desired_rows(mut self, rows: usize) -> Self {
        self.rows = rows.max(1);
        self
    }

    pub fn hint_text(mut self, hint: impl Into<String>) -> Self {
        self.hint = hint.into();
        self
    }

    pub fn margin(mut self, margin: Margin) -> Self {
        self.margin = margin;
        self
    }

    pub fn char_limit(mut self, limit: usize) -> Self {
        self.char_limit = limit;
        self
    }
}

/// What the field keeps between frames.
struct State {
    editor: PlainEditor<Brush>,
    /// The settings the editor was last given, and its font stack.
    config: Option<Config>,
    stack: String,
    /// The text drawn, and for which state of the layout, colour and scale.
    painted: Option<Painted>,
    /// The selection last written to egui's state for this id (bytes).
    kept_caret: Option<(usize, usize)>,
    /// Where a one-line text starts from the field's inner left edge, last
    /// frame: a text longer than the field scrolls sideways.
    scrolled: Option<f32>,
    /// What screen readers were told of the text, and for which state.
    told: Option<(Generation, Arc<egui::Galley>, Vec<LineTold>)>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
struct Config {
    width: Option<u32>,
    size: u32,
    line_height: u32,
}

struct Painted {
    key: (Generation, [u8; 4], u32, Window),
    texture: Option<TextureHandle>,
    /// The runs in sight set in a colour font, drawn by egui over the image.
    colour_runs: Vec<ColourRun>,
}

/// A picture in a colour font (an emoji): where parley placed it (from the
/// text's top left), its size and its text.
struct ColourRun {
    x: f32,
    baseline: f32,
    size: f32,
    text: String,
}

impl Widget for BidiEdit<'_> {
    fn ui(mut self, ui: &mut Ui) -> Response {
        // The id a `TextEdit` in this place would have had.
        let id = ui.next_auto_id();
        ui.skip_ahead_auto_ids(1);
        let state = ui.data_mut(|data| {
            data.get_temp_mut_or_insert_with(id, || {
                Arc::new(Mutex::new(State {
                    editor: PlainEditor::new(14.0),
                    config: None,
                    stack: String::new(),
                    painted: None,
                    kept_caret: None,
                    scrolled: None,
                    told: None,
                }))
            })
            .clone()
        });
        let mut state = state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        show(ui, id, &mut self, &mut state)
    }
}

fn show(ui: &mut Ui, id: egui::Id, field: &mut BidiEdit<'_>, state: &mut State) -> Response {
    let source = ui.data(|data| data.get_temp::<Source>(source_id()).unwrap_or_default());
    let font = egui::TextStyle::Body.resolve(ui.style());
    let line_height = ui.fonts_mut(|fonts| fonts.row_height(&font));
    let margin = Vec2::new(field.margin.leftf(), field.margin.topf());
    let width = field.width.min(ui.available_width()).max(48.0);
    let inner_width = width - field.margin.sum().x;

    let editor = &mut state.editor;
    let before = field.text.clone();
    // Text changed elsewhere (an undo, the field just turned into this one
    // after a first Arabic letter): the caret goes after its last letter.
    // (A composition left behind when the focus went elsewhere is dropped
    // with it: it must never be written into the next text shown here.)
    let replaced = editor.text().to_string() != *field.text;
    if replaced {
        editor.set_text(field.text);
    }
    // Parley lays the text out again whenever a setting is set, changed or
    // not: settings are set only when they change, so a frame that only
    // shows the field lays nothing out.
    let config = Config {
        width: field.multiline.then_some(inner_width.to_bits()),
        size: font.size.to_bits(),
        line_height: line_height.to_bits(),
    };
    if state.config != Some(config) {
        editor.set_scale(1.0);
        editor.set_width(field.multiline.then_some(inner_width));
        let styles = editor.edit_styles();
        styles.insert(StyleProperty::FontSize(font.size));
        styles.insert(StyleProperty::LineHeight(parley::LineHeight::Absolute(
            line_height,
        )));
        state.config = Some(config);
    }
    let mut library = fonts::library(source);
    set_stack(editor, &mut state.stack, &mut library);
    let fonts::Library {
        context, layout, ..
    } = &mut *library;

    let text_height = {
        let mut driver = editor.driver(context, layout);
        if replaced {
            // Where the caret was: egui's field keeps it by this id (this
            // field writes its own there too), in characters.
            let kept = egui::TextEdit::load_state(ui.ctx(), id)
                .and_then(|kept| kept.cursor.char_range())
                .map(|range| range.primary.index.0);
            match kept.and_then(|chars| field.text.char_indices().nth(chars)) {
                Some((byte, _)) => driver.move_to_byte(byte),
                None => driver.move_to_text_end(),
            }
        } else if driver.editor.is_composing() && !ui.memory(|memory| memory.has_focus(id)) {
            driver.clear_compose();
        }
        driver.refresh_layout();
        editor
            .try_layout()
            .map_or(line_height, parley::Layout::height)
    };
    let rows_height = field.rows as f32 * line_height;
    // As tall as egui's fields beside it: a row of the form is one height.
    let height = (text_height.max(rows_height).max(line_height) + field.margin.sum().y)
        .max(ui.spacing().interact_size.y);
    let (_, rect) = ui.allocate_space(vec2(width, height));
    let mut response = ui.interact(rect, id, Sense::click_and_drag());
    // A one-line field is laid out unwrapped, as wide as its text: set
    // flush right when it reads right to left. Longer than the field, it
    // shows where reading starts, and while it is edited it scrolls
    // sideways to keep the caret in sight.
    let shift = if field.multiline {
        0.0
    } else {
        let text_width = editor.try_layout().map_or(0.0, parley::Layout::width);
        let rtl = (editor.try_layout())
            .map_or_else(|| is_rtl_paragraph(field.text), parley::Layout::is_rtl);
        let editing = response.has_focus();
        let caret = editor.cursor_geometry(1.5).map(|bar| bar.x0 as f32);
        let shift = one_line_start(
            (inner_width, text_width),
            rtl,
            caret.filter(|_| editing),
            state.scrolled.filter(|_| editing),
        );
        state.scrolled = Some(shift);
        shift
    };
    let lowered = if field.multiline {
        0.0
    } else {
        ((rect.height() - field.margin.sum().y - text_height) / 2.0).max(0.0)
    };
    // On whole pixels: the text is an image, blurred when between two.
    let ppp = ui.ctx().pixels_per_point();
    let origin = rect.min + margin + vec2(shift, lowered);
    let origin = pos2(
        (origin.x * ppp).round() / ppp,
        (origin.y * ppp).round() / ppp,
    );
    let to_text = |pos: Pos2| (pos.x - origin.x, pos.y - origin.y);

    // The mouse: a press places the caret (Shift extends the selection), a
    // drag selects, two clicks select a word, three a line.
    let shift = ui.input(|input| input.modifiers.shift);
    if let Some(pos) = response.interact_pointer_pos() {
        let (x, y) = to_text(pos);
        let mut driver = editor.driver(context, layout);
        if response.triple_clicked() {
            driver.select_line_at_point(x, y);
        } else if response.double_clicked() {
            driver.select_word_at_point(x, y);
        } else if response.drag_started() || response.clicked() {
            if shift {
                driver.shift_click_extension(x, y);
            } else if response.drag_started() {
                // From where the button went down, not where the drag was noticed.
                let origin = ui
                    .input(|input| input.pointer.press_origin())
                    .unwrap_or(pos);
                let (x0, y0) = to_text(origin);
                driver.move_to_point(x0, y0);
                driver.extend_selection_to_point(x, y);
            } else if !response.dragged() {
                driver.move_to_point(x, y);
            }
        } else if response.dragged() {
            driver.extend_selection_to_point(x, y);
        }
        before_line_break(&mut driver);
        response.request_focus();
    }

    let focused = response.has_focus();
    if focused {
        ui.memory_mut(|memory| {
            memory.set_focus_lock_filter(
                id,
                EventFilter {
                    tab: false,
                    horizontal_arrows: true,
                    vertical_arrows: field.multiline,
                    escape: false,
                },
            );
        });
        let events = ui.input(|input| {
            input.filtered_events(&EventFilter {
                tab: false,
                horizontal_arrows: true,
                vertical_arrows: field.multiline,
                escape: false,
            })
        });
        let mut driver = editor.driver(context, layout);
        for event in events {
            match event {
                Event::Text(typed) => {
                    let typed = allowed(&typed, field.multiline);
                    insert_within(&mut driver, &typed, field.char_limit);
                }
                Event::Paste(pasted) => {
                    let pasted = allowed(&pasted, field.multiline);
                    insert_within(&mut driver, &pasted, field.char_limit);
                }
                Event::Copy => {
                    if let Some(selected) = driver.editor.selected_text() {
                        ui.ctx().copy_text(selected.to_owned());
                    }
                }
                Event::Cut => {
                    if let Some(selected) = driver.editor.selected_text() {
                        ui.ctx().copy_text(selected.to_owned());
                        driver.delete_selection();
                    }
                }
                Event::Key {
                    key,
                    pressed: true,
                    modifiers,
                    ..
                } => {
                    if key == Key::Enter && !field.multiline {
                        ui.memory_mut(|memory| memory.surrender_focus(id));
                    } else {
                        press(
                            &mut driver,
                            key,
                            modifiers,
                            field.multiline,
                            field.char_limit,
                        );
                        before_line_break(&mut driver);
                    }
                }
                Event::Ime(egui::ImeEvent::Preedit {
                    text: preedit,
                    active_range_chars,
                }) => {
                    if preedit.is_empty() {
                        driver.clear_compose();
                    } else {
                        // The input method's caret, in bytes of its text.
                        let byte = |chars: usize| {
                            preedit
                                .char_indices()
                                .nth(chars)
                                .map_or(preedit.len(), |(at, _)| at)
                        };
                        let cursor =
                            active_range_chars.map(|range| (byte(range.start), byte(range.end)));
                        driver.set_compose(&preedit, cursor);
                    }
                }
                // An empty commit without a composition (Wayland sends them
                // when the caret moves) must not delete the selection.
                Event::Ime(egui::ImeEvent::Commit(committed))
                    if committed.is_empty() && !driver.editor.is_composing() => {}
                Event::Ime(egui::ImeEvent::Commit(committed)) => {
                    driver.clear_compose();
                    insert_within(
                        &mut driver,
                        &allowed(&committed, field.multiline),
                        field.char_limit,
                    );
                }
                Event::Ime(egui::ImeEvent::DeleteSurrounding {
                    before_chars,
                    after_chars,
                }) => {
                    for _ in 0..before_chars {
                        driver.backdelete();
                    }
                    for _ in 0..after_chars {
                        driver.delete();
                    }
                }
                _ => {}
            }
        }
        driver.refresh_layout();
    }
    // A screen reader or voice input may set the whole text, or put text
    // in place of the selection, without typing.
    let (whole, replacing) = ui.input(|input| {
        use egui::accesskit::{Action, ActionData};
        let value = |action| {
            input
                .accesskit_action_requests(id, action)
                .filter_map(|request| match &request.data {
                    Some(ActionData::Value(value)) => Some(value.to_string()),
                    _ => None,
                })
                .last()
        };
        (value(Action::SetValue), value(Action::ReplaceSelectedText))
    });
    if whole.is_some() || replacing.is_some() {
        let fonts::Library {
            context, layout, ..
        } = &mut *library;
        let mut driver = editor.driver(context, layout);
        if let Some(whole) = whole {
            driver.select_all();
            insert_within(
                &mut driver,
                &allowed(&whole, field.multiline),
                field.char_limit,
            );
        }
        if let Some(replacing) = replacing {
            insert_within(
                &mut driver,
                &allowed(&replacing, field.multiline),
                field.char_limit,
            );
        }
    }
    // Letters of a script typed for the first time bring their face.
    if set_stack(editor, &mut state.stack, &mut library) {
        let fonts::Library {
            context, layout, ..
        } = &mut *library;
        editor.driver(context, layout).refresh_layout();
    }
    drop(library);

    let now = editor.text().to_string();
    if now != before {
        *field.text = now;
        response.mark_changed();
        // The field is measured before the keys are read: the next frame
        // places the new text.
        ui.ctx().request_repaint();
    }
    if replaced {
        state.kept_caret = None;
    }
    if focused {
        keep_caret(ui.ctx(), id, &state.editor, &mut state.kept_caret);
    }
    let moved = focused && ui.input(|input| !input.events.is_empty());

    paint(ui, rect, origin, field, state, (focused, moved), &response);
    // Screen readers read the text letter by letter and follow the caret
    // through the text runs egui's own fields give them (laid out only
    // while one is listening).
    if ui.ctx().accesskit_node_builder(id, |_| ()).is_some() {
        tell_screen_readers(ui, id, &state.editor, &mut state.told, origin, focused);
    }

    let enabled = ui.is_enabled();
    let hint = field.hint.clone();
    response.widget_info(|| {
        WidgetInfo::text_edit(enabled, before.as_str(), field.text.as_str(), hint.as_str())
    });
    let multiline = field.multiline;
    ui.ctx().accesskit_node_builder(id, |builder| {
        builder.set_role(if multiline {
            egui::accesskit::Role::MultilineTextInput
        } else {
            egui::accesskit::Role::TextInput
        });
        builder.add_action(egui::accesskit::Action::SetValue);
        builder.add_action(egui::accesskit::Action::ReplaceSelectedText);
    });
    response
}

/// Where a one-line text `width` wide starts from the left of a field
/// with `room` for it: flush right when it reads right to left. A longer
/// text starts where it started last frame (`before`), moved just enough
/// to show the `caret`, and never leaves room empty at either end.
fn one_line_start(
    (room, width): (f32, f32),
    rtl: bool,
    caret: Option<f32>,
    before: Option<f32>,
) -> f32 {
    let rest = if rtl { room - width } else { 0.0 };
    if width <= room {
        return rest;
    }
    let mut start = before.unwrap_or(rest);
    // Spaces typed at the end hang outside the text's width: the caret
    // after them is kept in sight too.
    let (mut lowest, mut highest) = (room - width - 1.0, 0.0_f32);
    if let Some(caret) = caret {
        if caret + start < 0.0 {
            start = -caret;
        } else if caret + start > room - 1.0 {
            start = room - 1.0 - caret;
        }
        lowest = lowest.min(room - 1.0 - caret);
        highest = highest.max(-caret);
    }
    start.clamp(lowest, highest)
}

/// Gives screen readers the text runs of the field and, while `focused`,
/// the selection, as egui's own fields do: each line's text in reading
/// order, each character's length and where it is drawn, its words. egui
/// builds them from one of its own layouts (only its own code may add
/// child nodes): one is made with as many characters a row as the field
/// has a line, and is given the field's characters and their places, once
/// per state of the text (`told`). A right-to-left line's run is then
/// said to read right to left, its characters placed from its right end.
fn tell_screen_readers(
    ui: &Ui,
    id: egui::Id,
    editor: &PlainEditor<Brush>,
    told: &mut Option<(Generation, Arc<egui::Galley>, Vec<LineTold>)>,
    origin: Pos2,
    focused: bool,
) {
    let Some(layout) = editor.try_layout() else {
        return;
    };
    let text = editor.raw_text();
    if told
        .as_ref()
        .is_none_or(|(generation, ..)| *generation != editor.generation())
    {
        let lines = lines_told(layout, text);
        let placeholder: Vec<String> = (lines.iter())
            .map(|line| "x".repeat(line.chars.len()))
            .collect();
        let font = egui::TextStyle::Body.resolve(ui.style());
        let galley = ui.fonts_mut(|fonts| {
            fonts.layout_no_wrap(placeholder.join("\n"), font, Color32::PLACEHOLDER)
        });
        let mut galley = (*galley).clone();
        for (placed, line) in galley.rows.iter_mut().zip(&lines) {
            placed.ends_with_newline = line.hard_break;
            placed.pos = pos2(0.0, line.top);
            let row = Arc::make_mut(&mut placed.row);
            let right = line.chars.iter().map(|c| c.1 + c.2).fold(0.0, f32::max);
            row.size = vec2(right, line.bottom - line.top);
            for (glyph, (c, x, width)) in row.glyphs.iter_mut().zip(&line.chars) {
                glyph.chr = *c;
                glyph.pos.x = *x;
                glyph.advance_width = *width;
            }
        }
        *told = Some((editor.generation(), Arc::new(galley), lines));
    }
    let Some((_, galley, lines)) = told.as_ref() else {
        return;
    };
    let selection = editor.raw_selection();
    let count = |byte: usize| text.get(..byte).map_or(0, |before| before.chars().count());
    let range = focused.then(|| {
        let mut focus = egui::text::CCursor::new(count(selection.focus().index()));
        // At a wrap, the caret drawn at the next line's start is there.
        focus.prefer_next_row = selection.focus().affinity() == parley::Affinity::Downstream;
        egui::text::CCursorRange::two(
            egui::text::CCursor::new(count(selection.anchor().index())),
            focus,
        )
    });
    egui::text_selection::accesskit_text::update_accesskit_for_text_widget(
        ui.ctx(),
        id,
        range,
        egui::emath::TSTransform::from_translation(origin.to_vec2()),
        galley,
    );
    for (row, line) in lines.iter().enumerate() {
        if !line.rtl || line.chars.is_empty() {
            continue;
        }
        read_right_to_left(ui.ctx(), id, row, line, origin);
    }
}

/// One line of the field as screen readers are told it.
struct LineTold {
    /// Its characters in reading order, each with where it is drawn (from
    /// the text's left) and how wide.
    chars: Vec<(char, f32, f32)>,
    hard_break: bool,
    rtl: bool,
    top: f32,
    bottom: f32,
}

/// The lines of `layout` of `text`, as screen readers are told them.
fn lines_told(layout: &parley::Layout<Brush>, text: &str) -> Vec<LineTold> {
    let mut lines = Vec::new();
    for line in layout.lines() {
        let range = line.text_range();
        let written = text.get(range.clone()).unwrap_or_default();
        let mut places: std::collections::HashMap<usize, (f32, f32)> = Default::default();
        let mut rtl = false;
        for item in line.items() {
            let PositionedLayoutItem::GlyphRun(run) = item else {
                continue;
            };
            rtl |= run.run().is_rtl();
            let mut x = run.offset();
            for cluster in run.run().visual_clusters() {
                places.insert(cluster.text_range().start, (x, cluster.advance()));
                x += cluster.advance();
            }
        }
        let mut last = (0.0, 0.0);
        let chars = (written.char_indices())
            .filter(|(_, c)| *c != '\n')
            .map(|(at, c)| {
                let place = places.get(&(range.start + at)).copied();
                let (x, width) = place.unwrap_or((last.0 + last.1, 0.0));
                last = (x, width);
                (c, x, width)
            })
            .collect();
        let metrics = line.metrics();
        lines.push(LineTold {
            chars,
            hard_break: written.ends_with('\n'),
            rtl,
            top: metrics.block_min_coord,
            bottom: metrics.block_max_coord,
        });
    }
    lines
}

/// Says that text run `row` of field `id` reads right to left: its bounds
/// the line's extent, its characters placed from its right end, as
/// AccessKit wants for that direction. (egui's helper says left to right,
/// and splits a row of over 255 characters into runs of 255.)
fn read_right_to_left(
    ctx: &egui::Context,
    id: egui::Id,
    row: usize,
    line: &LineTold,
    origin: Pos2,
) {
    const RUN: usize = 255;
    for (chunk, chars) in line.chars.chunks(RUN).enumerate() {
        let left = chars.iter().map(|c| c.1).fold(f32::MAX, f32::min);
        let right = chars.iter().map(|c| c.1 + c.2).fold(f32::MIN, f32::max);
        ctx.accesskit_node_builder(id.with(row).with(chunk), |builder| {
            builder.set_text_direction(egui::accesskit::TextDirection::RightToLeft);
            builder.set_bounds(egui::accesskit::Rect {
                x0: f64::from(origin.x + left),
                y0: f64::from(origin.y + line.top),
                x1: f64::from(origin.x + right),
                y1: f64::from(origin.y + line.bottom),
            });
            let mut positions: Vec<f32> = chars.iter().map(|c| right - (c.1 + c.2)).collect();
            let mut widths: Vec<f32> = chars.iter().map(|c| c.2).collect();
            // The line break egui adds to the last run of a line.
            let runs = line.chars.len().div_ceil(RUN);
            if line.hard_break && chunk + 1 == runs {
                positions.push(right - left);
                widths.push(0.0);
            }
            builder.set_character_positions(positions);
            builder.set_character_widths(widths);
        });
    }
}

/// Writes the caret where egui's own field keeps it for this id, in
/// characters: should the text lose its last right-to-left letter, egui's
/// field takes over with the caret where it was.
fn keep_caret(
    ctx: &egui::Context,
    id: egui::Id,
    editor: &PlainEditor<Brush>,
    kept_before: &mut Option<(usize, usize)>,
) {
    let selection = editor.raw_selection();
    let (anchor, focus) = (selection.anchor().index(), selection.focus().index());
    // Counting characters grows with the text: only when the caret moved.
    if *kept_before == Some((anchor, focus)) {
        return;
    }
    *kept_before = Some((anchor, focus));
    let text = editor.raw_text();
    let chars = |byte: usize| text.get(..byte).map_or(0, |before| before.chars().count());
    let mut kept = egui::TextEdit::load_state(ctx, id).unwrap_or_default();
    let range = egui::text::CCursorRange::two(
        egui::text::CCursor::new(chars(anchor)),
        egui::text::CCursor::new(chars(focus)),
    );
    kept.cursor.set_char_range(Some(range));
    egui::TextEdit::store_state(ctx, id, kept);
}

/// Gives the editor the font stack of its text, when it changed: Carta's
/// own face first, as in every other field, then the system's faces for
/// the scripts of the text. Says whether it changed.
fn set_stack(
    editor: &mut PlainEditor<Brush>,
    kept: &mut String,
    library: &mut fonts::Library,
) -> bool {
    let text = editor.raw_text().to_owned();
    let stack = format!(
        "\"{}\", {}",
        fonts::BUILT_IN_FAMILY,
        library.stack_for(&text)
    );
    if *kept == stack {
        return false;
    }
    editor
        .edit_styles()
        .insert(StyleProperty::FontFamily(FontFamily::Source(
            stack.clone().into(),
        )));
    *kept = stack;
    true
}

/// `text` as the field takes it: no control characters, and on one line
/// for a one-line field.
fn allowed(text: &str, multiline: bool) -> String {
    text.chars()
        .map(|c| if c == '\n' && !multiline { ' ' } else { c })
        .filter(|c| *c == '\n' || !c.is_control())
        .collect()
}

/// Puts `text` in place of the selection, cut to what the limit leaves room for.
fn insert_within(driver: &mut parley::PlainEditorDriver<'_, Brush>, text: &str, limit: usize) {
    let kept = driver.editor.text().to_string().chars().count();
    let selected = driver
        .editor
        .selected_text()
        .map_or(0, |s| s.chars().count());
    let room = limit.saturating_sub(kept - selected.min(kept));
    let text: String = text.chars().take(room).collect();
    if !text.is_empty() || selected > 0 {
        driver.insert_or_replace_selection(&text);
    }
}

/// A caret drawn at the end of a line that ends in a line break (a click
/// past a right-to-left line's last letter, End) is put before the break,
/// where it is drawn: parley leaves it after the break, so what is typed
/// next would start the next line.
fn before_line_break(driver: &mut parley::PlainEditorDriver<'_, Brush>) {
    let selection = driver.editor.raw_selection();
    let focus = selection.focus();
    let at = focus.index();
    if selection.is_collapsed()
        && focus.affinity() == parley::Affinity::Upstream
        && at > 0
        && driver.editor.raw_text().as_bytes().get(at - 1) == Some(&b'\n')
    {
        driver.move_to_byte(at - 1);
    }
}

/// A key pressed in the field: moving, selecting, deleting, a new line.
fn press(
    driver: &mut parley::PlainEditorDriver<'_, Brush>,
    key: Key,
    modifiers: egui::Modifiers,
    multiline: bool,
    limit: usize,
) {
    let (shift, word) = (modifiers.shift, modifiers.command || modifiers.alt);
    match key {
        Key::ArrowLeft => match (shift, word) {
            (false, false) => driver.move_left(),
            (true, false) => driver.select_left(),
            (false, true) => driver.move_word_left(),
            (true, true) => driver.select_word_left(),
        },
        Key::ArrowRight => match (shift, word) {
            (false, false) => driver.move_right(),
            (true, false) => driver.select_right(),
            (false, true) => driver.move_word_right(),
            (true, true) => driver.select_word_right(),
        },
        Key::ArrowUp if multiline => {
            if shift {
                driver.select_up();
            } else {
                driver.move_up();
            }
        }
        Key::ArrowDown if multiline => {
            if shift {
                driver.select_down();
            } else {
                driver.move_down();
            }
        }
        Key::Home => match (shift, modifiers.command) {
            (false, false) => driver.move_to_line_start(),
            (true, false) => driver.select_to_line_start(),
            (false, true) => driver.move_to_text_start(),
            (true, true) => driver.select_to_text_start(),
        },
        Key::End => match (shift, modifiers.command) {
            (false, false) => driver.move_to_line_end(),
            (true, false) => driver.select_to_line_end(),
            (false, true) => driver.move_to_text_end(),
            (true, true) => driver.select_to_text_end(),
        },
        Key::Backspace if word => driver.backdelete_word(),
        Key::Backspace => driver.backdelete(),
        Key::Delete if word => driver.delete_word(),
        Key::Delete => driver.delete(),
        Key::Enter if multiline => insert_within(driver, "\n", limit),
        Key::A if modifiers.command => driver.select_all(),
        _ => {}
    }
}

/// The field's frame, the selection, the text and the caret.
fn paint(
    ui: &mut Ui,
    rect: Rect,
    origin: Pos2,
    field: &BidiEdit<'_>,
    state: &mut State,
    (focused, moved): (bool, bool),
    response: &Response,
) {
    let visuals = ui.visuals();
    let stroke = if focused {
        visuals.selection.stroke
    } else if response.hovered() {
        visuals.widgets.hovered.bg_stroke
    } else {
        visuals.widgets.inactive.bg_stroke
    };
    let text_color = visuals
        .override_text_color
        .unwrap_or_else(|| visuals.widgets.inactive.text_color());
    let selection = visuals.selection.bg_fill;
    let caret = visuals.text_cursor.stroke;
    let painter = ui.painter_at(rect.expand(1.0));
    painter.rect(
        rect,
        visuals.widgets.inactive.corner_radius,
        visuals.text_edit_bg_color(),
        stroke,
        egui::StrokeKind::Inside,
    );
    let editor = &state.editor;
    let at = |x: f64, y: f64| origin + vec2(x as f32, y as f32);
    if focused {
        for (area, _) in editor.selection_geometry() {
            painter.rect_filled(
                Rect::from_min_max(at(area.x0, area.y0), at(area.x1, area.y1)),
                0.0,
                selection,
            );
        }
    }
    if field.text.is_empty() && !field.hint.is_empty() {
        painter.text(
            origin,
            egui::Align2::LEFT_TOP,
            &field.hint,
            egui::TextStyle::Body.resolve(ui.style()),
            ui.visuals().weak_text_color(),
        );
    }
    let ppp = ui.ctx().pixels_per_point();
    let colour = text_color.to_array();
    // Only what is in sight is drawn: a text of 100,000 letters would make
    // an image taller than any graphics card takes.
    let sight = rect.intersect(ui.clip_rect());
    if let Some(layout) = editor.try_layout()
        && sight.is_positive()
    {
        let window = Window {
            left: (sight.left() - origin.x).floor() as i32,
            top: (sight.top() - origin.y).floor() as i32,
            right: (sight.right() - origin.x).ceil() as i32,
            bottom: (sight.bottom() - origin.y).ceil() as i32,
        };
        let key = (editor.generation(), colour, ppp.to_bits(), window);
        let stale = state
            .painted
            .as_ref()
            .is_none_or(|painted| painted.key != key);
        if stale {
            let image = draw_text(layout, window, text_color, ppp);
            let texture = match (state.painted.take(), image) {
                (
                    Some(Painted {
                        texture: Some(mut texture),
                        ..
                    }),
                    Some(image),
                ) => {
                    texture.set(image, TextureOptions::LINEAR);
                    Some(texture)
                }
                (_, image) => image.map(|image| {
                    ui.ctx().load_texture(
                        format!("bidi-edit-{:?}", response.id),
                        image,
                        TextureOptions::LINEAR,
                    )
                }),
            };
            let colour_runs = colour_runs(layout, window, editor.raw_text());
            state.painted = Some(Painted {
                key,
                texture,
                colour_runs,
            });
        }
        if let Some(painted) = &state.painted {
            if let Some(texture) = &painted.texture {
                let size = texture.size_vec2() / ppp;
                let corner = origin + vec2(window.left as f32, window.top as f32);
                painter.image(
                    texture.id(),
                    Rect::from_min_size(corner, size),
                    Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0)),
                    Color32::WHITE,
                );
            }
            draw_colour_runs(&painter, &painted.colour_runs, origin, text_color);
        }
    }
    if focused && let Some(bar) = editor.cursor_geometry(1.5) {
        let top = at(bar.x0, bar.y0);
        let bottom = at(bar.x0, bar.y1);
        painter.line_segment(
            [top, bottom],
            Stroke::new(caret.width.max(1.5), caret.color),
        );
        let cursor = Rect::from_min_max(top, bottom + vec2(1.0, 0.0));
        ui.ctx()
            .data_mut(|data| data.insert_temp(caret_id(), cursor));
        // Typing at the bottom of a long text keeps the caret in view.
        if moved {
            ui.scroll_to_rect(cursor.expand(4.0), None);
        }
    }
    if focused {
        // The input method stays on while the field has the focus, a
        // composition hiding the caret included (Korean on Windows); its
        // window opens by what is being written.
        let area = editor.ime_cursor_area();
        let cursor = Rect::from_min_max(at(area.x0, area.y0), at(area.x1, area.y1));
        ui.ctx().output_mut(|output| {
            output.ime = Some(egui::output::IMEOutput {
                purpose: egui::IMEPurpose::Normal,
                rect,
                cursor_rect: cursor,
                should_interrupt_composition: false,
            });
        });
    }
}

/// The pictures of `layout` inside `window` set in a colour font, each
/// where parley placed it. vello_cpu draws outlines only, and a colour
/// font's glyphs (bitmaps, layers) have none: egui draws these over the
/// image (`draw_colour_runs`), one picture at a time (a ZWJ sequence, a
/// skin tone and a flag are each one), so a right-to-left run reads in the
/// order it is seen.
fn colour_runs(layout: &parley::Layout<Brush>, window: Window, text: &str) -> Vec<ColourRun> {
    let mut runs = Vec::new();
    for line in layout.lines() {
        let metrics = line.metrics();
        if metrics.block_max_coord < window.top as f32
            || metrics.block_min_coord > window.bottom as f32
        {
            continue;
        }
        // A run drawn in several pieces (a composition underlined in its
        // middle) is walked whole from its first, leftmost piece.
        let mut walked = None;
        for item in line.items() {
            let PositionedLayoutItem::GlyphRun(piece) = item else {
                continue;
            };
            let run = piece.run();
            if !is_colour_font(run.font()) || walked == Some(run.text_range()) {
                continue;
            }
            walked = Some(run.text_range());
            let Some(pictures) = pictures_in_order_seen(run, text) else {
                continue;
            };
            let mut x = piece.offset();
            for (picture, advance) in pictures {
                if !picture.trim().is_empty() {
                    runs.push(ColourRun {
                        x,
                        baseline: piece.baseline(),
                        size: run.font_size(),
                        text: picture.to_owned(),
                    });
                }
                x += advance;
            }
        }
    }
    runs
}

/// The pictures of `run` from left to right, each with the advance of its
/// clusters (parley's clusters are characters: a ZWJ sequence is several).
fn pictures_in_order_seen<'t>(
    run: &parley::Run<'_, Brush>,
    text: &'t str,
) -> Option<Vec<(&'t str, f32)>> {
    let range = run.text_range();
    let run_text = text.get(range.clone())?;
    let mut pictures: Vec<(usize, &str, f32)> = (run_text.grapheme_indices(true))
        .map(|(at, picture)| (range.start + at, picture, 0.0))
        .collect();
    let mut at = 0;
    for cluster in run.clusters() {
        let start = cluster.text_range().start;
        while pictures.get(at + 1).is_some_and(|next| next.0 <= start) {
            at += 1;
        }
        if let Some(picture) = pictures.get_mut(at) {
            picture.2 += cluster.advance();
        }
    }
    if run.is_rtl() {
        pictures.reverse();
    }
    Some(
        pictures
            .into_iter()
            .map(|(_, picture, advance)| (picture, advance))
            .collect(),
    )
}

/// Emoji in colour where parley placed them, in the content family, whose
/// emoji come from the same colour font.
fn draw_colour_runs(painter: &egui::Painter, runs: &[ColourRun], origin: Pos2, colour: Color32) {
    for run in runs {
        let size = run.size;
        let galley =
            painter.layout_no_wrap(run.text.clone(), super::fonts::content_font(size), colour);
        // The galley's baseline on parley's.
        let ascent = galley.rows.first().map_or(size * 0.8, |row| {
            row.row
                .glyphs
                .first()
                .map_or(size * 0.8, |glyph| glyph.font_ascent)
        });
        let at = pos2(origin.x + run.x, origin.y + run.baseline - ascent);
        painter.galley(at, galley, colour);
    }
}

/// Does `font` draw its glyphs in colour (bitmaps or layers)?
fn is_colour_font(font: &parley::FontData) -> bool {
    fonts::is_colour_face(font.data.as_ref(), font.index)
}

/// The part of the text in sight, in points from the text's top left.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Window {
    left: i32,
    top: i32,
    right: i32,
    bottom: i32,
}

/// The glyphs of `layout` inside `window`, in `colour`, at `ppp` pixels per
/// point; none for a window without ink.
fn draw_text(
    layout: &parley::Layout<Brush>,
    window: Window,
    colour: Color32,
    ppp: f32,
) -> Option<ColorImage> {
    let pixels = |points: i32| u16::try_from((points as f32 * ppp).ceil() as i64).ok();
    let width = pixels(window.right - window.left)?;
    let height = pixels(window.bottom - window.top)?;
    if width == 0 || height == 0 {
        return None;
    }
    let (left, top) = (window.left as f32, window.top as f32);
    let mut ctx = vello_cpu::RenderContext::new(width, height);
    let [r, g, b, a] = colour.to_srgba_unmultiplied();
    ctx.set_paint(vello_cpu::color::AlphaColor::<vello_cpu::color::Srgb>::from_rgba8(r, g, b, a));
    for line in layout.lines() {
        let metrics = line.metrics();
        if metrics.block_max_coord < top || metrics.block_min_coord > window.bottom as f32 {
            continue;
        }
        for item in line.items() {
            let PositionedLayoutItem::GlyphRun(run) = item else {
                continue;
            };
            let font = run.run().font();
            let size = run.run().font_size() * ppp;
            // A colour font's runs are drawn by egui (`colour_glyphs`); its
            // outlines, where it has any, would show under them.
            if is_colour_font(font) {
                continue;
            }
            let Ok(face) = skrifa::FontRef::from_index(font.data.as_ref(), font.index) else {
                continue;
            };
            let outlines = face.outline_glyphs();
            let settings = || {
                skrifa::outline::DrawSettings::unhinted(
                    skrifa::instance::Size::new(size),
                    skrifa::instance::LocationRef::default(),
                )
            };
            for glyph in run.positioned_glyphs() {
                let Some(outline) = outlines.get(skrifa::GlyphId::new(glyph.id)) else {
                    continue;
                };
                let mut path = BezPath::new();
                if outline.draw(settings(), &mut Pen(&mut path)).is_err() {
                    continue;
                }
                // Glyphs far outside the window sideways are not drawn.
                let reach = run.run().font_size() * 2.0;
                if glyph.x + reach < left || glyph.x - reach > window.right as f32 {
                    continue;
                }
                let x = f64::from((glyph.x - left) * ppp);
                let y = f64::from((glyph.y - top) * ppp);
                ctx.set_transform(Affine::translate((x, y)));
                ctx.fill_path(&path);
            }
        }
    }
    let mut pixmap = vello_cpu::Pixmap::new(width, height);
    let mut resources = vello_cpu::Resources::new();
    ctx.render(&mut pixmap, &mut resources);
    let pixels = (pixmap.data_as_u8_slice().chunks_exact(4))
        .map(|px| Color32::from_rgba_premultiplied(px[0], px[1], px[2], px[3]))
        .collect();
    Some(ColorImage::new([width as usize, height as usize], pixels))
}

/// Turns a glyph's outline (y up) into a path on screen (y down).
struct Pen<'p>(&'p mut BezPath);

impl skrifa::outline::OutlinePen for Pen<'_> {
    fn move_to(&mut self, x: f32, y: f32) {
        self.0.move_to((f64::from(x), -f64::from(y)));
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.0.line_to((f64::from(x), -f64::from(y)));
    }
    fn quad_to(&mut self, cx: f32, cy: f32, x: f32, y: f32) {
        self.0.quad_to(
            (f64::from(cx), -f64::from(cy)),
            (f64::from(x), -f64::from(y)),
        );
    }
    fn curve_to(&mut self, c0x: f32, c0y: f32, c1x: f32, c1y: f32, x: f32, y: f32) {
        self.0.curve_to(
            (f64::from(c0x), -f64::from(c0y)),
            (f64::from(c1x), -f64::from(c1y)),
            (f64::from(x), -f64::from(y)),
        );
    }
    fn close(&mut self) {
        self.0.close_path();
    }
}

// Linux only: the tests there have a colour emoji font (Noto Color Emoji).
#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    /// The colour runs of `text` laid out on one line in the system's fonts.
    fn colour_runs_of(text: &str) -> Vec<ColourRun> {
        let mut editor = PlainEditor::<Brush>::new(16.0);
        editor.set_text(text);
        let mut library = fonts::library(Source::System);
        set_stack(&mut editor, &mut String::new(), &mut library);
        let fonts::Library {
            context, layout, ..
        } = &mut *library;
        editor.driver(context, layout).refresh_layout();
        let everywhere = Window {
            left: -100_000,
            top: -100_000,
            right: 100_000,
            bottom: 100_000,
        };
        colour_runs(editor.try_layout().unwrap(), everywhere, text)
    }

    /// Emoji between Arabic words read right to left, as a browser shows
    /// them: the thumb typed first stands right of the party popper, and a
    /// woman teacher (a ZWJ sequence) stays one picture.
    #[test]
    fn emoji_in_a_right_to_left_run_are_drawn_in_the_order_they_are_seen() {
        let runs = colour_runs_of("شكرا 👍🎉👩\u{200D}🏫 للجميع");
        let seen: String = runs.iter().map(|run| run.text.as_str()).collect();
        assert_eq!(seen, "👩\u{200D}🏫🎉👍");
        // Each picture in its own place, left to right, none on another.
        assert!(
            (runs.windows(2)).all(|pair| pair[1].x >= pair[0].x + pair[0].size * 0.8),
            "{:?}",
            runs.iter()
                .map(|run| (run.x, &run.text))
                .collect::<Vec<_>>()
        );
        let runs = colour_runs_of("Thanks 👍🎉 all");
        let seen: String = runs.iter().map(|run| run.text.as_str()).collect();
        assert_eq!(seen, "👍🎉");
    }
}
