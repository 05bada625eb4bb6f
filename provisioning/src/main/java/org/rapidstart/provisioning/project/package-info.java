/**
 * Configuration projects: a tenant's answers to one template (a snapshot taken when the project is created), made
 * as a default project (industry defaults, no questions asked) or a custom one from a published template; their
 * question groups with assignee, target date, status and an optimistic version per group; answering (save, autosave
 * of drafts, Mark as complete), progress, reports and ready to load. {@link Projects} is the facade other features
 * (tables, loads) read a project and its engine answers through.
 */
@NullMarked
package org.rapidstart.provisioning.project;

import org.jspecify.annotations.NullMarked;
