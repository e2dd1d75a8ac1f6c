//! One frame of the window: input (shortcuts, a closing window, a dropped
//! file), drawing (the shell, the panel, the conversation, or the slides),
//! then acting on what the drawing asked for.

use egui::{Ui, ViewportCommand};

use super::flow::{Conversation, Next};
use super::{CartaApp, history};
use crate::tr;
use crate::ui::shell::{self, Shell};
use crate::ui::{self, Action, Change, Command, Edit, Panel};

impl CartaApp {
    /// The status message and how visible it still is, at time `now`.
    fn status_line(&mut self, now: f64) -> Option<(String, f32)> {
        let (message, since) = self.status.as_mut()?;
        let age = now - *since.get_or_insert(now);
        let opacity = status_opacity(age);
        if opacity <= 0.0 {
            self.status = None;
            return None;
        }
        Some((message.text(self.words), opacity))
    }

    /// The editor: the panel the officer chose, and the undo step it made.
    fn central_ui(&mut self, ui: &mut Ui, now: f64) {
        if let Some(welcome) = &mut self.welcome {
            let choice = crate::ui::welcome::welcome_ui(
                ui,
                self.words,
                welcome,
                &self.settings.recent_files,
            );
            if let Some(choice) = choice {
                self.welcome_chosen(ui.ctx(), choice);
            }
            return;
        }
        let mut commands = Vec::new();
        let mut actions = Vec::new();
        let lang = self.content_lang().to_owned();
        let main = self.session.document.main_language().to_owned();
        let revision = self.session.revision();
        let change = {
            let mut edit = Edit {
                source: (lang != main).then_some(main),
                words: self.words,
                document: &mut self.session.document,
                view: &mut self.view,
                commands: &mut commands,
                actions: &mut actions,
                library: self.libraries.shelf(),
                lang,
                revision,
                change: Change::None,
                typing_number: None,
            };
            let panel = edit.view.panel;
            let scrolls_itself =
                matches!(panel, Panel::Policies | Panel::Programs | Panel::Library);
            if scrolls_itself {
                ui::panel_ui(ui, &mut edit);
            } else {
                egui::ScrollArea::vertical()
                    .id_salt(panel)
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        // set_max_width sets the width: never wider than the window.
                        ui.set_max_width(ui.available_width().min(900.0));
                        ui::panel_ui(ui, &mut edit);
                        ui.add_space(24.0);
                    });
            }
            (edit.change, edit.typing_number)
        };
        let (change, typing_number) = change;
        let session = &mut self.session;
        match change {
            Change::None => {}
            Change::Typing => {
                session.history.record_edit(&session.document, now, false);
                session.history.hold_for(typing_number.map(|id| id.value()));
                // Wake up once the burst has settled, to close the undo step.
                let settle = history::SETTLE_SECONDS + 0.05;
                ui.ctx()
                    .request_repaint_after(std::time::Duration::from_secs_f64(settle));
            }
            Change::Discrete => session.history.record_edit(&session.document, now, true),
        }
        self.actions.extend(commands.into_iter().map(Action::Run));
        self.actions.extend(actions);
    }

    /// The slides, and the presenter view: in its own window on the
    /// officer's screen when the slides have another, else in place of the
    /// slides while P is on.
    fn presentation_ui(&mut self, ui: &mut Ui, now: f64) {
        let ctx = ui.ctx().clone();
        let Some(presentation) = &mut self.presentation else {
            return;
        };
        let separate =
            (presentation.displays.as_ref()).is_some_and(ui::present::Displays::separate);
        let mut left = if presentation.presenter_view && !separate {
            egui::CentralPanel::default()
                .show(ui, |ui| ui::present::presenter_ui(ui, presentation, now))
                .inner
        } else {
            // The room sees only the slide: no menus, no half-edited form.
            egui::CentralPanel::no_frame()
                .show(ui, |ui| ui::present::present_ui(ui, presentation))
                .inner
        };
        if presentation.presenter_view && separate {
            let mut builder = egui::ViewportBuilder::default()
                .with_title(tr!(self.words, "presenter-view-title"))
                .with_inner_size([900.0, 620.0]);
            if let Some(display) = presentation
                .displays
                .as_ref()
                .and_then(ui::present::Displays::presenter_display)
            {
                builder = builder.with_monitor(display);
            }
            let id = presenter_viewport();
            left |= ctx.show_viewport_immediate(id, builder, |ui, _| {
                if ui.ctx().input(|input| input.viewport().close_requested()) {
                    presentation.presenter_view = false;
                }
                ui::present::presenter_ui(ui, presentation, now)
            });
        }
        if std::mem::take(&mut presentation.displays_moved)
            && let Some(displays) = &presentation.displays
        {
            if let Some(display) = displays.slides_display() {
                ctx.send_viewport_cmd(ViewportCommand::SetMonitor(display));
            }
            if let Some(display) = displays.presenter_display() {
                ctx.send_viewport_cmd_to(
                    presenter_viewport(),
                    ViewportCommand::SetMonitor(display),
                );
            }
        }
        if left {
            let moved = presentation
                .displays
                .as_ref()
                .is_some_and(ui::present::Displays::separate);
            let window_was = presentation.window_was;
            self.presentation = None;
            for command in window_back(window_was, moved) {
                ctx.send_viewport_cmd(command);
            }
        }
    }

    /// A presentation just begun goes full screen: with a second screen, the
    /// slides on the one Carta's window is not on and the presenter view
    /// opened on this one; with one screen (or screens mirroring each other),
    /// here, the presenter view a key away. The screens are asked of the
    /// system through the window (none in tests: one screen).
    pub(super) fn place_presentation(&mut self, ctx: &egui::Context, frame: &eframe::Frame) {
        let Some(presentation) = &mut self.presentation else {
            return;
        };
        if presentation.displays.is_some() {
            return;
        }
        let (all, current) = frame
            .winit_window()
            .map_or((Vec::new(), None), |window| screens_of(window));
        let displays = ui::present::Displays::new(all, current);
        match displays.slides_display() {
            Some(display) => {
                presentation.presenter_view = true;
                ctx.send_viewport_cmd(ViewportCommand::SetMonitor(display));
            }
            None => ctx.send_viewport_cmd(ViewportCommand::Fullscreen(true)),
        }
        presentation.window_was = ctx.input(|input| {
            let viewport = input.viewport();
            Some(ui::present::WindowWas {
                maximized: viewport.maximized.unwrap_or(false),
                place: viewport.outer_rect.map(|rect| rect.min),
                size: viewport.inner_rect.map(|rect| rect.size()),
            })
        });
        presentation.displays = Some(displays);
    }

    /// Menu bar, status bar, side bar and the editor.
    fn editor_ui(&mut self, ui: &mut Ui, now: f64) {
        let lang = self.content_lang().to_owned();
        let gaps = self.translation_gaps(&lang);
        let status = self.status_line(now);
        if status.is_some() {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(100));
        }
        let focus_menus = self.menu_keys(ui.ctx());
        let shell = Shell {
            words: self.words,
            document: &self.session.document,
            panel: self.view.panel,
            content_lang: &lang,
            gaps,
            recent_files: &self.settings.recent_files,
            theme: self.settings.theme,
            can_undo: self.session.history.can_undo(),
            can_redo: self.session.history.can_redo(),
            path: self.session.path.as_deref(),
            dirty: self.session.is_dirty(),
            autosave_problem: self.autosave_problem.as_deref(),
            status,
            focus_menus,
            welcome: self.welcome.is_some(),
        };
        let mut actions = Vec::new();
        egui::Panel::top("menu_bar").show(ui, |ui| shell::menu_bar_ui(ui, &shell, &mut actions));
        egui::Panel::bottom("status_bar").show(ui, |ui| shell::status_bar_ui(ui, &shell));
        let sidebar = egui::Frame::new()
            .fill(ui::theme::sidebar_fill(ui.visuals()))
            .inner_margin(egui::Margin::symmetric(14, 8));
        egui::Panel::left("navigation")
            .exact_size(210.0)
            .resizable(false)
            .frame(sidebar)
            .show(ui, |ui| shell::navigation_ui(ui, &shell, &mut actions));
        self.actions.extend(actions);
        let content =
            egui::Frame::central_panel(ui.style()).inner_margin(egui::Margin::symmetric(28, 16));
        egui::CentralPanel::default()
            .frame(content)
            .show(ui, |ui| self.central_ui(ui, now));
        // The side bar counted what is left to translate before the panel
        // took this frame's typing: draw once more so the count keeps pace.
        if let Some((counted, lang, _)) = &self.gaps
            && *counted != self.session.revision()
            && lang == self.content_lang()
            && lang != self.session.document.main_language()
        {
            ui.ctx().request_repaint();
        }
    }

    /// One frame of the whole window: input, drawing, then acting.
    pub fn frame_ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        ui::set_language(&ctx, self.words);
        let now = ctx.input(|input| input.time);
        self.frame_time = now;
        let focused = ctx.memory(egui::Memory::focused).map(|id| id.value());
        let session = &mut self.session;
        session.history.keyboard_at(focused, &session.document);
        self.session.history.tick(&self.session.document, now);
        self.poll_dialog(&ctx);
        self.poll_library(&ctx);
        self.poll_picture(&ctx);
        self.poll_export(&ctx);
        self.poll_sheets(&ctx);
        self.poll_versions();
        self.fit_window_to_monitor(&ctx);
        self.watch_disk(&ctx);

        if ctx.input(|input| input.viewport().close_requested())
            && !self.allow_close
            && self.session.is_dirty()
        {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            let closing = |c: &Conversation| matches!(c, Conversation::Unsaved(Next::Close));
            if matches!(self.flow.shown, Some(Conversation::Unsaved(_))) {
                // Asked about unsaved changes before opening something: the
                // same question now leads to closing instead.
                self.flow.replace(Conversation::Unsaved(Next::Close));
            } else if !self.flow.any(closing) {
                self.flow.ask(Conversation::Unsaved(Next::Close));
            }
        }
        // egui may lay a frame out twice (a new window is measured first)
        // with the same input: keys and dropped files act in the first pass
        // only, or F1 would open the guide twice.
        let first_pass = ctx.current_pass_index() == 0;
        let dropped =
            ctx.input(|input| input.raw.dropped_files.first().map(|f| f.path().to_owned()));
        if let Some(path) = dropped.filter(|_| first_pass) {
            self.actions.push(Action::OpenPath(path));
        }
        if self.presentation.is_some() {
            self.presentation_ui(ui, now);
            self.autosave(&ctx, now);
            return;
        }
        if !self.flow.is_open()
            && first_pass
            && let Some(command) = Command::from_input(&ctx)
        {
            self.actions.push(Action::Run(command));
        }
        self.editor_ui(ui, now);
        self.tell_missing_fonts();
        self.conversation_ui(&ctx, now);

        for action in std::mem::take(&mut self.actions) {
            self.run(&ctx, action);
        }
        if self.close_requested {
            self.close_requested = false;
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }
        self.autosave(&ctx, now);
        let title = self.window_title();
        // The window's own node in the accessibility tree carries its title,
        // so a screen reader names the window when it gains focus.
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| {
            node.set_label(title.clone());
        });
        if title != self.shown_title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }
}

impl CartaApp {
    /// True when F10 was pressed, or Alt pressed and released alone, as
    /// desktop programs open their menus from the keyboard.
    fn menu_keys(&mut self, ctx: &egui::Context) -> bool {
        if ctx.current_pass_index() > 0 {
            return false;
        }
        let f10 = ctx.input_mut(|input| input.consume_key(egui::Modifiers::NONE, egui::Key::F10));
        let (alt, other_keys) = ctx.input(|input| {
            let other = input.events.iter().any(|event| {
                matches!(event, egui::Event::Key { .. } | egui::Event::Text(_))
                    || matches!(event, egui::Event::PointerButton { .. })
            });
            (input.modifiers.alt, other)
        });
        let released_alone = !alt && self.alt_alone == Some(true) && !other_keys;
        self.alt_alone = match (alt, self.alt_alone) {
            (false, _) => None,
            // Just pressed, or held: alone until another key or a click.
            (true, None) => Some(!other_keys),
            (true, Some(alone)) => Some(alone && !other_keys),
        };
        f10 || released_alone
    }

    /// A window larger than the screen it opened on (1160×700 on a 1024×600
    /// laptop or projector, or a size remembered from a bigger screen) is
    /// maximised once, as soon as the system tells the screen's size, so the
    /// status bar and the side bar's foot are never off screen.
    fn fit_window_to_monitor(&mut self, ctx: &egui::Context) {
        if self.window_fitted {
            return;
        }
        let (monitor, outer) =
            ctx.input(|input| (input.viewport().monitor_size, input.viewport().outer_rect));
        let (Some(monitor), Some(outer)) = (monitor, outer) else {
            return;
        };
        self.window_fitted = true;
        // Room for a task bar or a dock along one edge.
        let too_big = outer.width() > monitor.x || outer.height() > monitor.y - TASK_BAR;
        if too_big {
            ctx.send_viewport_cmd(ViewportCommand::Maximized(true));
        }
    }

    /// Says once, in words, which writing systems this computer has no font
    /// for and what to install, the first time such text is drawn (never over
    /// the slides: after the show).
    fn tell_missing_fonts(&mut self) {
        let Some(missing) = &self.missing_fonts else {
            return;
        };
        let untold = missing.untold();
        if untold.is_empty() {
            return;
        }
        let scripts: Vec<&str> = untold.iter().map(|(name, _)| *name).collect();
        let samples: String = untold.iter().map(|(_, c)| *c).collect();
        let words = self.words;
        let hint = if cfg!(target_os = "windows") {
            tr!(words, "fonts-hint-windows")
        } else if cfg!(target_os = "macos") {
            tr!(words, "fonts-hint-macos")
        } else {
            let mut packages: Vec<&str> = scripts
                .iter()
                .map(|name| crate::text::script::debian_package(name))
                .collect();
            packages.sort_unstable();
            packages.dedup();
            tr!(words, "fonts-hint-linux", packages = packages.join(" "))
        };
        let message = format!(
            "{}\n\n{hint}",
            tr!(
                words,
                "fonts-missing",
                scripts = scripts.join(", "),
                samples = samples
            )
        );
        self.alert(tr!(words, "fonts-missing-title"), message);
    }
}

/// The height a task bar or dock may take at the screen's edge.
const TASK_BAR: f32 = 48.0;

/// Seconds a status message stays before it starts to fade, and how long
/// the fade takes: long enough to read "Saved to …", short enough that
/// "Redone." is not still there minutes later.
const STATUS_SECONDS: f64 = 6.0;
const STATUS_FADE_SECONDS: f64 = 1.5;

/// How visible a status message of `age` seconds is, from 1 to 0.
fn status_opacity(age: f64) -> f32 {
    (1.0 - (age - STATUS_SECONDS) / STATUS_FADE_SECONDS).clamp(0.0, 1.0) as f32
}

/// The presenter view's window.
fn presenter_viewport() -> egui::ViewportId {
    egui::ViewportId::from_hash_of("carta_presenter_view")
}

/// The screens the system lists, and the place in that list of the one
/// `window` is on.
fn screens_of(window: &winit::window::Window) -> (Vec<ui::present::Display>, Option<usize>) {
    let current = window.current_monitor();
    let mut here = None;
    let all = window
        .available_monitors()
        .enumerate()
        .map(|(index, monitor)| {
            if current.as_ref() == Some(&monitor) {
                here = Some(index);
            }
            let size = monitor.size();
            let position = monitor.position();
            ui::present::Display {
                index,
                name: monitor.name().unwrap_or_default(),
                size: [size.width, size.height],
                position: [position.x, position.y],
            }
        })
        .collect();
    (all, here)
}

/// What puts the officer's window back as it was before the show: out of
/// full screen, then maximised again, or at its place and size (its place
/// only when the slides were on another screen, where the window went with
/// them; else the system puts it back itself).
fn window_back(was: Option<ui::present::WindowWas>, moved: bool) -> Vec<ViewportCommand> {
    let mut commands = vec![ViewportCommand::Fullscreen(false)];
    let Some(was) = was else {
        return commands;
    };
    if was.maximized {
        commands.push(ViewportCommand::Maximized(true));
        return commands;
    }
    if moved && let Some(place) = was.place {
        commands.push(ViewportCommand::OuterPosition(place));
    }
    if let Some(size) = was.size {
        commands.push(ViewportCommand::InnerSize(size));
    }
    commands
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_maximised_window_comes_back_maximised_after_the_show() {
        let was = ui::present::WindowWas {
            maximized: true,
            place: Some(egui::pos2(0.0, 0.0)),
            size: Some(egui::vec2(1024.0, 700.0)),
        };
        assert_eq!(
            window_back(Some(was), false),
            vec![
                ViewportCommand::Fullscreen(false),
                ViewportCommand::Maximized(true)
            ]
        );
        let was = ui::present::WindowWas {
            maximized: false,
            ..was
        };
        assert_eq!(
            window_back(Some(was), true),
            vec![
                ViewportCommand::Fullscreen(false),
                ViewportCommand::OuterPosition(egui::pos2(0.0, 0.0)),
                ViewportCommand::InnerSize(egui::vec2(1024.0, 700.0)),
            ]
        );
    }
}
