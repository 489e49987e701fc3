/** Earnings-call transcripts: layouts, participants, brokers, exchanges and topics. */
package io.finlens.transcript;
