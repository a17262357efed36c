package org.backhabit.bench;

import org.backhabit.localstack.auth.DevTokens;

/** Prints a dev token for a user (args: user [admin]). */
public final class Token {

    public static void main(String[] args) {
        System.out.println(args.length > 1 && args[1].equals("admin") ? DevTokens.forAdmin(args[0]) : DevTokens.forUser(args[0]));
    }
}
