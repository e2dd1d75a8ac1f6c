//! The annual report as an A4 portrait PDF: the report's blocks laid out
//! down the pages (a heading never left alone at a page's foot, a table's
//! header repeated on each page it runs onto), set with the faces the PDF
//! embeds, and tagged for screen readers as headings, paragraphs, lists,
//! tables and figures with their words.

use std::num::NonZeroU16;
use std::rc::Rc;

use krilla::Document;
use krilla::geom::Rect;
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::surface::Surface;
use krilla::tagging::{
    ContentTag, Identifier, ListNumbering, TableHeaderScope, Tag, TagGroup, TagKind, TagTree,
};

use super::chart::chart_marks;
use super::paint::{artifact, dot, fill_rect};
use super::setter::Setter;
use super::{
    A4_LONG, A4_SHORT, ACCENT, Colour, EVERY_ROW, FAINT, Fonts, INK, draw_block, draw_lines,
};
use crate::chart::Chart;
use crate::export::report::{Block, Report, Table};
use crate::model::year::Rating;
use crate::text::fonts::Source;
use crate::text::layout::{Align, Block as SetBlock};

const MARGIN: f32 = 56.0;
const WIDTH: f32 = A4_SHORT - 2.0 * MARGIN;
/// Where content stops: the foot holds the page number.
const BOTTOM: f32 = A4_LONG - 64.0;
const BODY: f32 = 10.5;
const SMALL: f32 = 8.5;

/// The report as a PDF, with the computer's fonts.
pub fn report_pdf(report: &Report) -> Result<Vec<u8>, String> {
    report_pdf_from(Source::System, report)
}

/// [`report_pdf`] with the fonts of `source`.
pub fn report_pdf_from(source: Source, report: &Report) -> Result<Vec<u8>, String> {
    let mut layout = Layout {
        setter: Setter::new(source),
        pages: vec![Vec::new()],
        y: MARGIN,
        nodes: vec![Node::new(Kind::Root, None)],
    };
    for block in &report.blocks {
        layout.block(block);
    }
    let Layout {
        pages, mut nodes, ..
    } = layout;
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(report.title.clone())
            .language(report.lang.clone())
            .creator("Carta".to_owned()),
    );
    let mut fonts = Fonts::default();
    let setter = Setter::new(source);
    let count = pages.len();
    for (index, items) in pages.iter().enumerate() {
        let settings = PageSettings::from_wh(A4_SHORT, A4_LONG).ok_or("bad page size")?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        for item in items {
            draw(&mut surface, &mut fonts, &setter, item, &mut nodes);
        }
        // The page number: an artifact, not content.
        let foot = setter.set(
            &format!("{} / {count}", index + 1),
            SMALL,
            WIDTH,
            Align::End,
            false,
        );
        artifact(&mut surface, |surface| {
            draw_block(&mut fonts, surface, &foot, (MARGIN, A4_LONG - 40.0), FAINT);
        });
        surface.finish();
        page.finish();
    }
    let mut tree = TagTree::new().with_lang(Some(report.lang.clone()));
    for child in tag_children(&mut nodes, 0) {
        tree.push(child);
    }
    document.set_tag_tree(tree);
    document
        .finish()
        .map_err(|err| format!("the PDF could not be made: {err:?}"))
}

/// What a structure element is.
#[derive(Clone, Debug)]
enum Kind {
    Root,
    Heading(u16, String),
    Paragraph,
    List,
    Item,
    Table,
    Row,
    Head,
    Cell,
    Caption,
    Figure(String),
}

/// A structure element: its kind, its parent, and its children (elements,
/// or content drawn on a page) in reading order.
struct Node {
    kind: Kind,
    children: Vec<Child>,
}

enum Child {
    Node(usize),
    Content(Identifier),
}

impl Node {
    fn new(kind: Kind, _parent: Option<usize>) -> Self {
        Self {
            kind,
            children: Vec::new(),
        }
    }
}

/// Something placed on a page, and the element its content belongs to
/// (`None`: an artifact).
enum Item {
    Text {
        block: Rc<SetBlock>,
        x: f32,
        y: f32,
        colour: Colour,
        node: Option<usize>,
    },
    Chart {
        chart: Chart,
        x: f32,
        y: f32,
        node: usize,
    },
    Dot {
        x: f32,
        y: f32,
        colour: Colour,
    },
    /// Part of a block taller than a page, its top at `y`: the lines
    /// between `clip.0` and `clip.1` points below it on the page.
    Slice {
        block: Rc<SetBlock>,
        y: f32,
        clip: (f32, f32),
        colour: Colour,
        node: usize,
    },
    Rule {
        y: f32,
    },
}

struct Layout {
    setter: Setter,
    pages: Vec<Vec<Item>>,
    y: f32,
    nodes: Vec<Node>,
}

impl Layout {
    /// A new element under `parent`.
    fn node(&mut self, kind: Kind, parent: usize) -> usize {
        self.nodes.push(Node::new(kind, Some(parent)));
        let at = self.nodes.len() - 1;
        self.nodes[parent].children.push(Child::Node(at));
        at
    }

    fn place(&mut self, item: Item) {
        if let Some(page) = self.pages.last_mut() {
            page.push(item);
        }
    }

    /// Starts a new page unless `height` still fits on this one.
    fn room(&mut self, height: f32) {
        if self.y + height > BOTTOM && self.y > MARGIN {
            self.pages.push(Vec::new());
            self.y = MARGIN;
        }
    }

    fn set(&self, text: &str, size: f32, width: f32, strong: bool) -> Rc<SetBlock> {
        self.setter.set(text, size, width, Align::Start, strong)
    }

    /// A paragraph (or heading) at the left margin, under `node`: each of
    /// its lines as the officer broke them, and one taller than what is
    /// left of the page carried on over the next pages.
    fn text(
        &mut self,
        text: &str,
        size: f32,
        strong: bool,
        colour: Colour,
        node: usize,
        after: f32,
    ) {
        let lines: Vec<&str> = text
            .lines()
            .filter(|line| !line.trim().is_empty())
            .collect();
        for (index, line) in lines.iter().enumerate() {
            let block = self.set(line, size, WIDTH, strong);
            self.tall(block, colour, node);
            if index + 1 < lines.len() {
                self.y += size * 0.4;
            }
        }
        self.y += after;
    }

    /// Places `block` at the margin from the cursor on: whole on this page
    /// or the next, or (taller than a page) cut between its lines, each
    /// page showing under a clip the lines that fit.
    fn tall(&mut self, block: Rc<SetBlock>, colour: Colour, node: usize) {
        if block.height <= BOTTOM - MARGIN {
            self.room(block.height);
            let y = self.y;
            self.y += block.height;
            self.place(Item::Text {
                block,
                x: MARGIN,
                y,
                colour,
                node: Some(node),
            });
            return;
        }
        let mut shown = 0.0f32;
        while shown < block.height {
            let room = BOTTOM - self.y;
            // The lowest line end that still fits under the cursor.
            let fits = (block.line_ends.iter())
                .map(|(_, bottom)| *bottom)
                .filter(|bottom| *bottom > shown && *bottom - shown <= room)
                .fold(shown, f32::max);
            let until = if fits > shown {
                fits
            } else if self.y > MARGIN {
                self.pages.push(Vec::new());
                self.y = MARGIN;
                continue;
            } else {
                // A single line taller than a page: as much as fits.
                shown + room
            };
            self.place(Item::Slice {
                block: block.clone(),
                y: self.y - shown,
                clip: (self.y, until - shown),
                colour,
                node,
            });
            self.y += until - shown;
            shown = until;
            if shown < block.height {
                self.pages.push(Vec::new());
                self.y = MARGIN;
            }
        }
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Title { title, subtitle } => {
                let heading = self.node(Kind::Heading(1, title.clone()), 0);
                self.text(title, 22.0, true, ACCENT, heading, 6.0);
                if !subtitle.is_empty() {
                    let paragraph = self.node(Kind::Paragraph, 0);
                    self.text(subtitle, BODY, false, FAINT, paragraph, 4.0);
                }
                self.y += 10.0;
            }
            Block::Heading { level, text } => {
                let (size, before) = match level {
                    1 => (16.0, 18.0),
                    2 => (13.0, 12.0),
                    _ => (11.5, 8.0),
                };
                let block = self.set(text, size, WIDTH, true);
                // Never a heading alone at a page's foot: it goes with
                // some of what follows.
                self.room(before + block.height + 60.0);
                if self.y > MARGIN {
                    self.y += before;
                }
                if *level == 1 && self.y > MARGIN + before {
                    self.place(Item::Rule { y: self.y - 6.0 });
                }
                let node = self.node(Kind::Heading(u16::from(*level) + 1, text.clone()), 0);
                let colour = if *level <= 2 { ACCENT } else { INK };
                let y = self.y;
                self.y += block.height + 4.0;
                self.place(Item::Text {
                    block,
                    x: MARGIN,
                    y,
                    colour,
                    node: Some(node),
                });
            }
            Block::Paragraph(text) => {
                let node = self.node(Kind::Paragraph, 0);
                self.text(text, BODY, false, INK, node, 6.0);
            }
            Block::Labelled { label, text } => {
                let node = self.node(Kind::Paragraph, 0);
                if text.is_empty() {
                    self.text(label, BODY, true, INK, node, 2.0);
                } else {
                    self.text(&format!("**{label}:** {text}"), BODY, false, INK, node, 4.0);
                }
            }
            Block::Bullets(items) => {
                let list = self.node(Kind::List, 0);
                for item in items {
                    let node = self.node(Kind::Item, list);
                    // An item is one paragraph: its line breaks read as spaces.
                    let item = item.split_whitespace().collect::<Vec<_>>().join(" ");
                    let block = self.set(&item, BODY, WIDTH - 14.0, false);
                    self.room(block.height);
                    let y = self.y;
                    self.place(Item::Dot {
                        x: MARGIN + 5.0,
                        y: y + BODY * 0.75,
                        colour: ACCENT,
                    });
                    self.place(Item::Text {
                        block: block.clone(),
                        x: MARGIN + 14.0,
                        y,
                        colour: INK,
                        node: Some(node),
                    });
                    self.y += block.height + 2.0;
                }
                self.y += 4.0;
            }
            Block::Table(table) => self.table(table),
            Block::Chart { caption, chart } => {
                let block = self.set(caption, BODY, WIDTH, false);
                // The words and their chart on one page.
                self.room(block.height + 4.0 + chart.height);
                let paragraph = self.node(Kind::Paragraph, 0);
                self.text(caption, BODY, false, INK, paragraph, 4.0);
                let node = self.node(Kind::Figure(chart.alt.clone()), 0);
                let y = self.y;
                self.y += chart.height + 8.0;
                self.place(Item::Chart {
                    chart: chart.clone(),
                    x: MARGIN,
                    y,
                    node,
                });
            }
            Block::Rating { rating, text } => {
                let node = self.node(Kind::Paragraph, 0);
                let block = self.set(text, BODY, WIDTH - 14.0, true);
                self.room(block.height);
                let y = self.y;
                self.place(Item::Dot {
                    x: MARGIN + 5.0,
                    y: y + BODY * 0.75,
                    colour: rating_colour(*rating),
                });
                self.place(Item::Text {
                    block: block.clone(),
                    x: MARGIN + 14.0,
                    y,
                    colour: rating_colour(*rating),
                    node: Some(node),
                });
                self.y += block.height + 4.0;
            }
        }
    }

    /// A table: its caption, its header (again, as an artifact, on each page
    /// it runs onto), its rows never cut across pages.
    fn table(&mut self, table: &Table) {
        let columns = table.head.len().max(1);
        let weights: Vec<f32> = (0..columns)
            .map(|c| {
                if table.numeric.get(c) == Some(&true) {
                    1.0
                } else {
                    2.0
                }
            })
            .collect();
        let total: f32 = weights.iter().sum();
        let widths: Vec<f32> = weights.iter().map(|w| WIDTH * w / total).collect();
        let node = self.node(Kind::Table, 0);
        let caption = self.node(Kind::Caption, node);
        let block = self.set(&table.caption, BODY, WIDTH, true);
        self.room(block.height + 40.0);
        let y = self.y;
        self.y += block.height + 3.0;
        self.place(Item::Text {
            block,
            x: MARGIN,
            y,
            colour: INK,
            node: Some(caption),
        });
        let row = self.node(Kind::Row, node);
        let head: Vec<usize> = (0..table.head.len())
            .map(|_| self.node(Kind::Head, row))
            .collect();
        self.row(&table.head, &widths, &table.numeric, Some(&head), true);
        for cells in &table.rows {
            let row = self.node(Kind::Row, node);
            let slots: Vec<usize> = (0..cells.len())
                .map(|_| self.node(Kind::Cell, row))
                .collect();
            let page = self.pages.len();
            self.row(cells, &widths, &table.numeric, Some(&slots), false);
            if self.pages.len() != page {
                // The row went onto a new page: the header first, again.
                let placed = self
                    .pages
                    .last_mut()
                    .map(std::mem::take)
                    .unwrap_or_default();
                self.y = MARGIN;
                self.row(&table.head, &widths, &table.numeric, None, true);
                let height = self.y - MARGIN;
                if let Some(page) = self.pages.last_mut() {
                    for mut item in placed {
                        if let Item::Text { y, .. } | Item::Rule { y } = &mut item {
                            *y += height;
                        }
                        page.push(item);
                    }
                }
                self.y += self.row_height(cells, &widths, &table.numeric, false);
            }
        }
        self.y += 8.0;
    }

    fn row_height(&self, cells: &[String], widths: &[f32], numeric: &[bool], strong: bool) -> f32 {
        (cells.iter().zip(widths).enumerate())
            .map(|(column, (cell, width))| {
                let align = cell_align(numeric, column);
                (self
                    .setter
                    .set(cell, SMALL + 0.5, width - 6.0, align, strong))
                .height
            })
            .fold(0.0, f32::max)
            + 5.0
    }

    /// One row; `slots` the cells' elements (`None`: a repeated header).
    fn row(
        &mut self,
        cells: &[String],
        widths: &[f32],
        numeric: &[bool],
        slots: Option<&[usize]>,
        strong: bool,
    ) {
        let height = self.row_height(cells, widths, numeric, strong);
        self.room(height);
        let y = self.y;
        let mut x = MARGIN;
        for (column, (cell, width)) in cells.iter().zip(widths).enumerate() {
            let align = cell_align(numeric, column);
            let block = (self.setter).set(cell, SMALL + 0.5, width - 6.0, align, strong);
            self.place(Item::Text {
                block,
                x: x + 3.0,
                y: y + 2.5,
                colour: INK,
                node: slots.and_then(|slots| slots.get(column).copied()),
            });
            x += width;
        }
        self.y += height;
        self.place(Item::Rule { y: self.y });
    }
}

/// Figures flush right, words where their reading starts.
fn cell_align(numeric: &[bool], column: usize) -> Align {
    if numeric.get(column) == Some(&true) {
        Align::End
    } else {
        Align::Start
    }
}

fn rating_colour(rating: Rating) -> Colour {
    match rating {
        Rating::OnTrack => (0x1e, 0x82, 0x3c),
        Rating::SomeProgress => (0xa0, 0x6e, 0x00),
        Rating::OffTrack => (0xb3, 0x26, 0x1e),
        Rating::NotStarted | Rating::NoData => FAINT,
    }
}

fn draw(
    surface: &mut Surface<'_>,
    fonts: &mut Fonts,
    setter: &Setter,
    item: &Item,
    nodes: &mut [Node],
) {
    match item {
        Item::Text {
            block,
            x,
            y,
            colour,
            node,
        } => match node {
            Some(node) => {
                let at = (*x, *y);
                let lines = draw_lines(fonts, surface, block, at, *colour, EVERY_ROW, true);
                nodes[*node]
                    .children
                    .extend(lines.into_iter().map(Child::Content));
            }
            None => artifact(surface, |surface| {
                draw_block(fonts, surface, block, (*x, *y), *colour);
            }),
        },
        Item::Slice {
            block,
            y,
            clip,
            colour,
            node,
        } => {
            // The lines whose baseline falls in the part shown here.
            let from = clip.0 - y;
            let lines = draw_lines(
                fonts,
                surface,
                block,
                (MARGIN, *y),
                *colour,
                (from, from + clip.1),
                true,
            );
            nodes[*node]
                .children
                .extend(lines.into_iter().map(Child::Content));
        }
        Item::Dot { x, y, colour } => {
            artifact(surface, |surface| dot(surface, *x, *y, 2.6, *colour));
        }
        Item::Rule { y } => artifact(surface, |surface| {
            if let Some(rect) = Rect::from_xywh(MARGIN, *y, WIDTH, 0.5) {
                fill_rect(surface, rect, (0xd6, 0xda, 0xdb));
            }
        }),
        Item::Chart { chart, x, y, node } => {
            // The drawing is the figure's content; its words are its
            // alternative text.
            let id = surface.start_tagged(ContentTag::Other);
            chart_marks(surface, fonts, setter, chart, (*x, *y));
            surface.end_tagged();
            nodes[*node].children.push(Child::Content(id));
        }
    }
}

/// The elements under `index`, as the tag tree holds them.
fn tag_children(nodes: &mut [Node], index: usize) -> Vec<krilla::tagging::Node> {
    let children = std::mem::take(&mut nodes[index].children);
    let mut out = Vec::new();
    for child in children {
        match child {
            Child::Content(id) => out.push(id.into()),
            Child::Node(at) => {
                let kind: TagKind = match nodes[at].kind.clone() {
                    Kind::Root | Kind::Paragraph => Tag::P.into(),
                    Kind::Heading(level, title) => Tag::Hn(
                        NonZeroU16::new(level).unwrap_or(NonZeroU16::MIN),
                        Some(title),
                    )
                    .into(),
                    Kind::List => Tag::L(ListNumbering::Disc).into(),
                    Kind::Item => Tag::LI.into(),
                    Kind::Table => Tag::Table.into(),
                    Kind::Row => Tag::TR.into(),
                    Kind::Head => Tag::TH(TableHeaderScope::Column).into(),
                    Kind::Cell => Tag::TD.into(),
                    Kind::Caption => Tag::Caption.into(),
                    Kind::Figure(alt) => Tag::Figure(Some(alt)).into(),
                };
                let is_item = matches!(nodes[at].kind, Kind::Item);
                let mut group = TagGroup::new(kind);
                let inner = tag_children(nodes, at);
                if is_item {
                    // A list item's text is its body.
                    let mut body = TagGroup::new(Tag::LBody);
                    for child in inner {
                        body.push(child);
                    }
                    group.push(body);
                } else {
                    for child in inner {
                        group.push(child);
                    }
                }
                out.push(group.into());
            }
        }
    }
    out
}
