/**
 * Running files against targets: comparing actual results with expectations, the per-record ledger
 * (passed, failed, knownfail, rotted, skipped), recording expectations from the oracle, and rewriting
 * knownfail marks. Depends on the format and backend packages; knows no specific driver or engine class.
 */
package io.sprocket.conformance.runner;
