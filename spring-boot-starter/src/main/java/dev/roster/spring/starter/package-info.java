/**
 * Roster's Spring Boot starter holds no code: it brings {@code roster-spring-boot-autoconfigure} with the
 * JDBC store and the admin console, so that one dependency and a few {@code roster.*} properties put
 * Roster into a Spring Boot 4 application. See docs/spring-boot.md.
 */
package dev.roster.spring.starter;
