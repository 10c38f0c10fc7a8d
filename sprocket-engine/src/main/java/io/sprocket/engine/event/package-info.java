/**
 * The event scheduler (MySQL 8.0 Reference Manual, 27.4 Using the Event Scheduler): one virtual thread owned by
 * the engine that, while {@code event_scheduler} is ON, starts each enabled event when its schedule comes due,
 * each execution in a session of its own as the event's definer ({@code session.EventRunner}).
 */
package io.sprocket.engine.event;
