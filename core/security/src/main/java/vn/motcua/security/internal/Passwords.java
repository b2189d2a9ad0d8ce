package vn.motcua.security.internal;

import vn.motcua.security.InvalidAccountException;

/** The password policy: length beats composition rules (NIST SP 800-63B); not the login itself. */
final class Passwords {

    static final int MIN_LENGTH = 10;

    private Passwords() {
    }

    static void requireStrong(String password, String login) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidAccountException("password", "Mật khẩu cần ít nhất " + MIN_LENGTH + " ký tự.");
        }
        if (password.length() > 256) {
            throw new InvalidAccountException("password", "Mật khẩu dài tối đa 256 ký tự.");
        }
        if (password.equalsIgnoreCase(login)) {
            throw new InvalidAccountException("password", "Mật khẩu không được trùng tên đăng nhập.");
        }
    }
}
