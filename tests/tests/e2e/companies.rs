//! The Companies view and company pages.
