//! Other cities' profiles in the window: a folder read on a worker thread
//! (the window stays responsive and shows the progress), then kept for the
//! Other cities panel; programs copied from it into the open profile.

use std::path::PathBuf;
use std::sync::{Arc, mpsc};

use super::CartaApp;
use crate::library::{Opened, Progress};
use crate::model::Document;
use crate::model::library::{Hit, Library, Profile};
use crate::msg;
use crate::ui::Panel;
use crate::ui::library::{OpenLibrary, Shelf};

/// The library the window holds, and the folder being read.
#[derive(Default)]
pub(super) struct Libraries {
    reading: Option<Reading>,
    open: Option<OpenLibrary>,
    /// How many libraries were opened, so each has its own generation.
    opened: u64,
}

/// A folder being read on another thread.
struct Reading {
    folder: PathBuf,
    progress: Arc<Progress>,
    result: mpsc::Receiver<Opened>,
}

impl Libraries {
    /// What the panel draws this frame.
    pub(super) fn shelf(&self) -> Shelf<'_> {
        match (&self.reading, &self.open) {
            (Some(reading), _) => {
                let (done, total) = reading.progress.counts();
                Shelf::Reading {
                    folder: &reading.folder,
                    done,
                    total,
                }
            }
            (None, Some(open)) => Shelf::Open(open),
            (None, None) => Shelf::Empty,
        }
    }

    fn show(&mut self, root: PathBuf, opened: Opened) {
        self.opened += 1;
        self.open = Some(OpenLibrary {
            root,
            countries: opened.library.countries(),
            library: opened.library,
            problems: opened.problems,
            generation: self.opened,
        });
    }
}

impl CartaApp {
    /// Starts reading `folder` as a library; the Other cities panel shows the
    /// progress, then the library.
    pub(super) fn read_library(&mut self, folder: PathBuf) {
        self.view.panel = Panel::Library;
        if let Some(reason) = crate::library::folder_problem(&folder) {
            let message = format!("{}: {}", folder.display(), reason.message(self.words));
            self.alert(crate::tr!(self.words, "alert-library-failed"), message);
            return;
        }
        self.stop_reading_library();
        let progress = Arc::new(Progress::default());
        let (sender, result) = mpsc::channel();
        let cache = self.options.cache_dir.clone();
        let (worker_folder, worker_progress) = (folder.clone(), progress.clone());
        let ctx = self.ctx_for_workers.clone();
        let started = std::thread::Builder::new()
            .name("Carta library".to_owned())
            .spawn(move || {
                let opened =
                    crate::library::open_with(&worker_folder, cache.as_deref(), &worker_progress);
                // The window may be gone already; nothing is lost then.
                let _ = sender.send(opened);
                if let Some(ctx) = ctx {
                    ctx.request_repaint();
                }
            });
        match started {
            Ok(_) => {
                self.libraries.reading = Some(Reading {
                    folder,
                    progress,
                    result,
                });
            }
            Err(error) => {
                let message = format!("{}: {error}", folder.display());
                self.alert(crate::tr!(self.words, "alert-library-failed"), message);
            }
        }
    }

    /// Takes the library once the worker has read it; until then, draws
    /// again now and then for the progress bar.
    pub(super) fn poll_library(&mut self, ctx: &egui::Context) {
        if self.ctx_for_workers.is_none() {
            self.ctx_for_workers = Some(ctx.clone());
        }
        let Some(reading) = &self.libraries.reading else {
            return;
        };
        match reading.result.try_recv() {
            Ok(opened) => {
                let folder = reading.folder.clone();
                let (profiles, programs) = (
                    opened.library.profiles.len(),
                    opened.library.program_count(),
                );
                let problems = opened.problems.len();
                self.libraries.reading = None;
                self.libraries.show(folder, opened);
                self.say(msg!(
                    "status-library-read",
                    profiles = profiles,
                    programs = programs,
                    problems = problems
                ));
            }
            Err(mpsc::TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(100));
            }
            Err(mpsc::TryRecvError::Disconnected) => {
                // The reading stopped without an answer (it failed outright).
                let folder = reading.folder.display().to_string();
                self.libraries.reading = None;
                self.alert(
                    crate::tr!(self.words, "alert-library-failed"),
                    crate::tr!(self.words, "library-read-failed", folder = folder),
                );
            }
        }
    }

    /// Stops the reading under way, keeping the library shown before.
    pub(super) fn stop_reading_library(&mut self) {
        if let Some(reading) = self.libraries.reading.take() {
            reading
                .progress
                .cancelled
                .store(true, std::sync::atomic::Ordering::Relaxed);
            self.say(msg!("status-library-stopped"));
        }
    }

    /// File ▸ Import programs: one profile, shown as a library of one (the
    /// same search, reading and copying), with its internal programs too —
    /// the officer chose this very file, and what is copied stays internal.
    pub(super) fn show_library_of_one(&mut self, path: PathBuf, document: Document) {
        self.stop_reading_library();
        let source = path.display().to_string();
        let library = Library::of(vec![Profile::whole(
            source,
            document,
            &crate::i18n::Language::all(),
        )]);
        let opened = Opened {
            library,
            ..Opened::default()
        };
        self.libraries.show(path, opened);
        self.view.panel = Panel::Library;
        self.view.library.tab = crate::ui::library::Tab::Search;
    }

    /// Copies the programs `hits` name into the open profile, as one undo
    /// step, each remembering the city it came from.
    pub(super) fn copy_from_library(&mut self, ctx: &egui::Context, hits: &[Hit]) {
        let Some(open) = &self.libraries.open else {
            return;
        };
        let library = &open.library;
        let mut by_profile: Vec<(usize, Vec<usize>)> = Vec::new();
        for hit in hits
            .iter()
            .filter(|hit| library.program_of(**hit).is_some())
        {
            match by_profile.iter_mut().find(|(p, _)| *p == hit.profile) {
                Some((_, positions)) => positions.push(hit.program),
                None => by_profile.push((hit.profile, vec![hit.program])),
            }
        }
        let document = &mut self.session.document;
        let mut copied = Vec::new();
        for (profile, positions) in &by_profile {
            let source = &library.profiles[*profile].document;
            copied.extend(document.import_programs_at(source, positions));
        }
        if copied.is_empty() {
            return;
        }
        let cities: Vec<String> = by_profile
            .iter()
            .map(|(p, _)| library.profiles[*p].city())
            .collect();
        let now = ctx.input(|i| i.time);
        self.session
            .history
            .record_edit(&self.session.document, now, true);
        // The Programs panel opens on what was copied.
        self.view.focus_program(copied[0]);
        self.view.catalogue.selection = copied.iter().copied().collect();
        self.say(msg!(
            "status-copied-programs",
            count = copied.len(),
            cities = cities.len(),
            city = cities.first().cloned().unwrap_or_default()
        ));
    }
}
