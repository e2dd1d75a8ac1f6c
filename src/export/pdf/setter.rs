//! The handout's text set with the faces the PDF embeds (`text::layout`),
//! each paragraph once per size and width: the measure the deck's flow asks
//! and what the pen then draws.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::LINE_HEIGHT;
use crate::deck::Measure;
use crate::text::fonts::Source;
use crate::text::inline::{Span, spans};
use crate::text::layout::{self, Align, Block, Request};

/// Sets text with the handout's faces, each paragraph once per size and
/// width however often the flow and the drawing ask.
pub(super) struct Setter {
    source: Source,
    set: RefCell<HashMap<SetKey, Rc<Block>>>,
}

#[derive(Clone, PartialEq, Eq, Hash)]
struct SetKey {
    text: String,
    size: u32,
    width: u32,
    align: u8,
    strong: bool,
}

impl Setter {
    pub(super) fn new(source: Source) -> Self {
        Self {
            source,
            set: RefCell::new(HashMap::new()),
        }
    }

    pub(super) fn set(
        &self,
        text: &str,
        size: f32,
        width: f32,
        align: Align,
        strong: bool,
    ) -> Rc<Block> {
        let key = SetKey {
            text: text.to_owned(),
            size: size.to_bits(),
            width: width.to_bits(),
            align: align as u8,
            strong,
        };
        if let Some(block) = self.set.borrow().get(&key) {
            return block.clone();
        }
        let pieces: Vec<Span> = spans(text);
        let block = Rc::new(layout::set(
            self.source,
            &Request {
                spans: &pieces,
                size,
                width: width.max(1.0),
                line_height: LINE_HEIGHT,
                align,
                strong,
            },
        ));
        self.set.borrow_mut().insert(key, block.clone());
        block
    }
}

impl Measure for Setter {
    fn height(&self, text: &str, size: f32, width: f32) -> f32 {
        self.set(text, size, width, Align::Start, false).height
    }

    fn rows(&self, text: &str, size: f32, width: f32) -> Vec<(usize, f32)> {
        self.set(text, size, width, Align::Start, false)
            .line_ends
            .clone()
    }
}
