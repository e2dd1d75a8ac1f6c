//! Which screen shows the slides and which the presenter view. With a
//! projector beside the laptop, the slides go to the screen Carta's window
//! is not on (the room's) and the presenter view to the one it is on (the
//! officer's), as presentation software does; the officer can swap them or
//! pick another. Screens showing the same picture (a mirrored laptop) count
//! as one: there the room would see the notes, so the presenter view is only
//! shown when asked for (P), in place of the slides, and P brings them back.
//!
//! The list comes from the windowing system through winit (in the app): on
//! Windows, macOS and X11 every screen has a name and a place; on Wayland
//! screens are listed and a full-screen window can be put on any of them,
//! but their places are not told, so screens that mirror each other cannot
//! be recognised there and count as separate.

/// A screen as the system lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Display {
    /// Its place in the system's list (winit's `available_monitors`): what
    /// moving a window there names.
    pub index: usize,
    /// The system's name for it ("HDMI-1", "\\.\DISPLAY2"), if it has one.
    pub name: String,
    /// Pixels wide and high.
    pub size: [u32; 2],
    /// Its top left on the desktop, in pixels.
    pub position: [i32; 2],
}

/// The screens of a presentation and which shows what.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Displays {
    /// The screens told apart, in the system's order.
    pub list: Vec<Display>,
    /// The screen showing the slides (a place in `list`).
    pub slides_on: usize,
    /// The screen showing the presenter view (a place in `list`).
    pub presenter_on: usize,
}

impl Displays {
    /// The screens of `all`, Carta's window being on the one at system
    /// index `current` (unknown: the first).
    pub fn new(all: Vec<Display>, current: Option<usize>) -> Self {
        let all_places: Vec<([i32; 2], [u32; 2])> =
            all.iter().map(|d| (d.position, d.size)).collect();
        let mut list: Vec<Display> = Vec::new();
        for display in all {
            let mirrors = list
                .iter()
                .any(|seen| seen.position == display.position && seen.size == display.size);
            if !mirrors {
                list.push(display);
            }
        }
        // Carta's screen, found by its place in the system's list or, when
        // that one was dropped as a mirror, by the picture it shows. Not
        // knowing it, nothing is sent anywhere: the notes must not end up on
        // the room's screen.
        let here = current.and_then(|current| {
            list.iter().position(|d| d.index == current).or_else(|| {
                let mirrored = all_places.get(current)?;
                list.iter().position(|d| (d.position, d.size) == *mirrored)
            })
        });
        let Some(here) = here else {
            return Self {
                list,
                slides_on: 0,
                presenter_on: 0,
            };
        };
        let there = (0..list.len()).find(|&at| at != here).unwrap_or(here);
        Self {
            list,
            slides_on: there,
            presenter_on: here,
        }
    }

    /// Whether the slides and the presenter view have screens of their own.
    pub fn separate(&self) -> bool {
        self.list.len() >= 2 && self.slides_on != self.presenter_on
    }

    /// The system index of the slides' screen, when there are several.
    pub fn slides_display(&self) -> Option<usize> {
        self.separate().then(|| self.list[self.slides_on].index)
    }

    /// The system index of the presenter view's screen, when there are several.
    pub fn presenter_display(&self) -> Option<usize> {
        self.separate().then(|| self.list[self.presenter_on].index)
    }

    /// The slides go where the presenter view was, and back.
    pub fn swap(&mut self) {
        std::mem::swap(&mut self.slides_on, &mut self.presenter_on);
    }

    /// The slides go to screen `at` (a place in `list`); choosing the
    /// presenter's screen swaps the two.
    pub fn show_slides_on(&mut self, at: usize) {
        if at >= self.list.len() || at == self.slides_on {
            return;
        }
        if at == self.presenter_on {
            self.swap();
        } else {
            self.slides_on = at;
        }
    }
}

impl Display {
    /// "2 · HDMI-1 · 1920×1080": its number as the officer counts, the
    /// system's name and its size.
    pub fn label(&self) -> String {
        let number = self.index + 1;
        let [width, height] = self.size;
        if self.name.trim().is_empty() {
            format!("{number} · {width}×{height}")
        } else {
            format!("{number} · {} · {width}×{height}", self.name.trim())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn display(index: usize, x: i32, width: u32) -> Display {
        Display {
            index,
            name: format!("OUT-{index}"),
            size: [width, 1080],
            position: [x, 0],
        }
    }

    #[test]
    fn slides_go_to_the_screen_carta_is_not_on_and_the_presenter_stays() {
        let displays = Displays::new(vec![display(0, 0, 1920), display(1, 1920, 1024)], Some(0));
        assert!(displays.separate());
        assert_eq!(displays.slides_display(), Some(1));
        assert_eq!(displays.presenter_display(), Some(0));
        // Carta on the second screen: the slides go to the first.
        let displays = Displays::new(vec![display(0, 0, 1920), display(1, 1920, 1024)], Some(1));
        assert_eq!(displays.slides_display(), Some(0));
        assert_eq!(displays.presenter_display(), Some(1));
    }

    #[test]
    fn one_screen_or_mirrored_screens_keep_everything_on_one() {
        let one = Displays::new(vec![display(0, 0, 1920)], Some(0));
        assert!(!one.separate());
        assert_eq!(one.slides_display(), None);
        let mirrored = Displays::new(vec![display(0, 0, 1920), display(1, 0, 1920)], Some(1));
        assert_eq!(mirrored.list.len(), 1);
        assert!(!mirrored.separate());
        let unknown = Displays::new(Vec::new(), None);
        assert!(!unknown.separate());
        // Two screens, but which one Carta is on is not known: both stay on
        // one, rather than risk the notes on the projector.
        let unsure = Displays::new(vec![display(0, 0, 1920), display(1, 1920, 1024)], None);
        assert!(!unsure.separate());
        // Carta on a screen mirroring the first: the slides go to the other.
        let mirror = Displays::new(
            vec![
                display(0, 0, 1920),
                display(1, 1920, 1024),
                display(2, 0, 1920),
            ],
            Some(2),
        );
        assert_eq!(mirror.presenter_display(), Some(0));
        assert_eq!(mirror.slides_display(), Some(1));
    }

    #[test]
    fn swapping_and_choosing_move_the_slides() {
        let mut displays = Displays::new(
            vec![
                display(0, 0, 1920),
                display(1, 1920, 1024),
                display(2, 2944, 1280),
            ],
            Some(0),
        );
        displays.swap();
        assert_eq!(displays.slides_display(), Some(0));
        assert_eq!(displays.presenter_display(), Some(1));
        displays.show_slides_on(2);
        assert_eq!(displays.slides_display(), Some(2));
        assert_eq!(displays.presenter_display(), Some(1));
        // The presenter's own screen: the two change places.
        displays.show_slides_on(1);
        assert_eq!(displays.slides_display(), Some(1));
        assert_eq!(displays.presenter_display(), Some(2));
        displays.show_slides_on(7);
        assert_eq!(displays.slides_display(), Some(1));
        assert_eq!(display(1, 0, 1024).label(), "2 · OUT-1 · 1024×1080");
    }
}
