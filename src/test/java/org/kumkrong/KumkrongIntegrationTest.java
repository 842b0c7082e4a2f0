package org.kumkrong;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one full-application test configuration (H2 by default, PostgreSQL when
 * {@code KUMKRONG_TEST_DB_URL} is set). Every integration test uses it unchanged so that Spring caches a
 * single context for the whole suite: never add properties or mocks next to it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
public @interface KumkrongIntegrationTest {
}
